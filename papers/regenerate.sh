#!/usr/bin/env bash
# Regenerates every reproduced result in papers/ from its config in configs/papers/.
# Usage: bash papers/regenerate.sh [NAME...]   (default: all configs in configs/papers/)
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release src/SpinGlass.Runner >/dev/null
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for config in configs/papers/*.yaml; do names+=("$(basename "$config" .yaml)"); done
fi
for name in "${names[@]}"; do
  case "$name" in
    ags-*) out="papers/ags-1987/$name" ;;
    hopfield-1982-*) out="papers/hopfield-1982/$name" ;;
    mixtures-attractors) out="papers/mixtures/attractors" ;;
    sequences-*) out="papers/sequences/${name#sequences-}" ;;
    krotov-hopfield-2016|demircigil-2017) out="papers/krotov-hopfield-2016/$name" ;;
    ramsauer-2020-*) out="papers/ramsauer-2020/${name#ramsauer-2020-}" ;;
    seeds-dense-letters) out="papers/seeds-dense-letters/dense" ;;
    seeds-dense-letters-*) out="papers/seeds-dense-letters/${name#seeds-dense-letters-}" ;;
    spin-glasses-sk|spin-glasses-ea3d) out="papers/spin-glasses/${name#spin-glasses-}/run" ;;
    learning-rules-*) out="papers/learning-rules/${name#learning-rules-}" ;;
    *) out="papers/$name/run" ;;
  esac
  dotnet src/SpinGlass.Runner/bin/Release/net10.0/spinglass.dll run "configs/papers/$name.yaml" --out "$out"
done
