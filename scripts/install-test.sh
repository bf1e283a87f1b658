#!/usr/bin/env bash
# The install test (CI runs it after the tests): pack every package, install SpinGlass.Tool from the packages into a
# temporary tool path, and use the installed `spinglass`: its version agrees with the build's, validate accepts a
# shipped config, a tiny run writes results whose summary.json names the same version.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

version="$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$root/Directory.Build.props" | head -1)"
dotnet pack "$root/SpinGlass.sln" -c Release -o "$work/artifacts" -v quiet -nologo
for package in SpinGlass.Models SpinGlass.Sampling SpinGlass.Analysis SpinGlass.Tool; do
  test -f "$work/artifacts/$package.$version.nupkg" || { echo "install-test: $package.$version.nupkg was not packed" >&2; exit 1; }
done
ls -l "$work/artifacts"

dotnet tool install SpinGlass.Tool --version "$version" --tool-path "$work/tools" --add-source "$work/artifacts"
spinglass="$work/tools/spinglass"
installed="$("$spinglass" --version)"
case "$installed" in
  "$version"|"$version+"*) ;;
  *) echo "install-test: the installed tool says $installed, the build is $version" >&2; exit 1 ;;
esac

"$spinglass" validate "$root/configs/ising-2d.yaml"
cd "$work"
"$spinglass" run "$root/configs/ising-chain.yaml" --out "$work/out" --quiet --no-charts \
  --set 'model.L=[8]' --set 'T=[1, 2]' --set trials=2 --set dynamics.thermalize=10 --set dynamics.measure=200
test -s "$work/out/results.csv"
grep -q "\"version\": \"$installed\"" "$work/out/summary.json" \
  || { echo "install-test: summary.json does not name version $installed" >&2; exit 1; }
echo "install-test: SpinGlass.Tool $installed installed and ran ($(wc -l < "$work/out/results.csv") lines of results)"
