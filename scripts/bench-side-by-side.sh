#!/usr/bin/env bash
# Rounds of `spinglass bench` for two builds, one right after the other, so that their ratios come from the same minutes
# of a shared machine (docs/performance.md, "Issue 17, second pass").
#   scripts/bench-side-by-side.sh NEW_SPINGLASS OLD_SPINGLASS OUT_DIR [ROUNDS=5] [YARDSTICK_DIR=/tmp/yardstick]
# NEW runs every kernel beside the C yardstick, interleaved in rounds (bench --interleave: ratios between its kernels come
# from the same seconds); OLD the kernels it shares, right after. Writes OUT_DIR/{new,old}-K.json and .txt.
set -euo pipefail
if [ $# -lt 3 ]; then
  echo "usage: $0 NEW_SPINGLASS OLD_SPINGLASS OUT_DIR [ROUNDS] [YARDSTICK_DIR]" >&2
  exit 2
fi
new=$1 old=$2 out=$3 rounds=${4:-5} yardstick=${5:-/tmp/yardstick}
mkdir -p "$out"
for k in $(seq 1 "$rounds"); do
  "$new" bench --interleave --repetitions 51 --yardstick "$yardstick" --json "$out/new-$k.json" > "$out/new-$k.txt"
  "$old" bench --kernel hopfield-t0 --kernel hopfield-glauber --kernel ising2d-metropolis --kernel ising3d-metropolis \
    --kernel sk-metropolis --kernel dense-poly3 --json "$out/old-$k.json" > "$out/old-$k.txt"
  echo "round $k done $(date -u +%T), load $(cut -d' ' -f1-3 /proc/loadavg)"
done
