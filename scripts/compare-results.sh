#!/usr/bin/env bash
# Runs shipped configs with the build of an earlier revision and with the working tree's build, and compares every CSV
# they write byte for byte: the check that a refactoring changed no result. Charts are skipped.
# Usage: bash scripts/compare-results.sh REV [CONFIG.yaml...]   (default: configs/*.yaml configs/papers/*.yaml)
set -uo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: bash scripts/compare-results.sh REV [CONFIG.yaml...]" >&2; exit 2; }
rev=$1; shift
work=$(mktemp -d)
trap 'git worktree remove --force "$work/old" >/dev/null 2>&1; rm -rf "$work"' EXIT
git worktree add -q --detach "$work/old" "$rev" || exit 2
dotnet build -c Release "$work/old/src/SpinGlass.Runner" >/dev/null || { echo "the build of $rev failed" >&2; exit 1; }
dotnet build -c Release src/SpinGlass.Runner >/dev/null || { echo "the working tree's build failed" >&2; exit 1; }
old="$work/old/src/SpinGlass.Runner/bin/Release/net10.0/spinglass.dll" new=src/SpinGlass.Runner/bin/Release/net10.0/spinglass.dll
configs=("$@"); [ ${#configs[@]} -gt 0 ] || configs=(configs/*.yaml configs/papers/*.yaml)
same=0 differ=0
for config in "${configs[@]}"; do
  name=$(echo "$config" | sed 's#^configs/##; s#/#_#g; s#\.yaml$##')
  if ! dotnet "$old" run "$config" --out "$work/a/$name" --no-charts >/dev/null 2>&1; then
    echo "new     $name (the old build cannot run it)"; continue
  fi
  dotnet "$new" run "$config" --out "$work/b/$name" --no-charts >/dev/null 2>&1 || { echo "FAILED  $name"; differ=$((differ + 1)); continue; }
  for file in "$work/a/$name"/*.csv; do
    if cmp -s "$file" "$work/b/$name/$(basename "$file")"; then same=$((same + 1)); echo "same    $name/$(basename "$file")"
    else differ=$((differ + 1)); echo "DIFFERS $name/$(basename "$file")"; fi
  done
done
echo "$same CSV files byte-identical, $differ different"
[ "$differ" -eq 0 ]
