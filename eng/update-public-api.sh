#!/usr/bin/env bash
# Declares every new public symbol of the shipped projects in their PublicAPI.Unshipped.txt (RS0016) and drops the
# unshipped declarations of symbols that no longer exist (RS0017). Shipped.txt is never touched: removing a shipped
# symbol stays an error. Run after changing public API on purpose; review the diff before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
for p in src/*/*.csproj; do
  dir=$(dirname "$p")
  out=$(dotnet build "$p" --nologo 2>&1 || true)
  grep -oE "error RS0017: Symbol '[^']+' is part of the declared API" <<<"$out" \
    | sed -E "s/^error RS0017: Symbol '(.*)' is part of the declared API$/\1/" | sort -u > "$dir/PublicAPI.removed" || true
  grep -oE "error RS0016: Symbol '[^']+' is not part" <<<"$out" \
    | sed -E "s/^error RS0016: Symbol '(.*)' is not part$/\1/" | sort -u >> "$dir/PublicAPI.Unshipped.txt" || true
  { head -n 1 "$dir/PublicAPI.Unshipped.txt"; tail -n +2 "$dir/PublicAPI.Unshipped.txt" | sort -u | grep -vxF -f "$dir/PublicAPI.removed" || true; } > "$dir/PublicAPI.tmp"
  mv "$dir/PublicAPI.tmp" "$dir/PublicAPI.Unshipped.txt"
  rm -f "$dir/PublicAPI.removed"
done
