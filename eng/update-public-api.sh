#!/usr/bin/env bash
# Declares every new public symbol of the shipped projects in their PublicAPI.Unshipped.txt (RS0016).
# Run after adding public API on purpose; review the diff before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
for p in src/*/*.csproj; do
  dotnet format analyzers "$p" --diagnostics RS0016 RS0017 --severity warn --no-restore || true
done
