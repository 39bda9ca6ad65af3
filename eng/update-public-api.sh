#!/usr/bin/env bash
# Declares every new public symbol of the shipped projects in their PublicAPI.Unshipped.txt (RS0016).
# Run after adding public API on purpose; review the diff before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
for p in src/*/*.csproj; do
  dir=$(dirname "$p")
  dotnet build "$p" --nologo 2>&1 | grep -oE "error RS0016: Symbol '[^']+' is not part" \
    | sed -E "s/^error RS0016: Symbol '(.*)' is not part$/\1/" | sort -u >> "$dir/PublicAPI.Unshipped.txt" || true
  { head -n 1 "$dir/PublicAPI.Unshipped.txt"; tail -n +2 "$dir/PublicAPI.Unshipped.txt" | sort -u; } > "$dir/PublicAPI.tmp"
  mv "$dir/PublicAPI.tmp" "$dir/PublicAPI.Unshipped.txt"
done
