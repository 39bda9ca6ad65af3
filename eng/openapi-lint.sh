#!/usr/bin/env bash
# Lints the sample's OpenAPI document with Spectral's default ruleset (spectral:oas): 0 errors and 0 warnings, or
# a non-zero exit (issue 16). Installs @stoplight/spectral-cli from npm into eng/.tools on first use.
#   bash eng/openapi-lint.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${1:-}" = "--no-build" ] || dotnet build samples/NeighborParty.SampleApi -c Release --nologo -v q >/dev/null
tools=eng/.tools/spectral
if [ ! -x "$tools/node_modules/.bin/spectral" ]; then
  mkdir -p "$tools"
  (cd "$tools" && npm install --no-audit --no-fund --silent @stoplight/spectral-cli@6.16.3 >/dev/null)
fi
work=$(mktemp -d)
trap 'kill "$host" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
(cd samples/NeighborParty.SampleApi && ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$port" \
  ConnectionStrings__NeighborParty="Data Source=$work/openapi.db" NeighborParty__SeedDemoData=false Logging__LogLevel__Default=Warning \
  exec dotnet bin/Release/net10.0/NeighborParty.SampleApi.dll >"$work/host.log" 2>&1) &
host=$!
for _ in $(seq 1 150); do curl -fs -o "$work/openapi.json" "http://127.0.0.1:$port/openapi/v1.json" && break; sleep 0.2; done
[ -s "$work/openapi.json" ] || { tail -20 "$work/host.log"; echo "no OpenAPI document"; exit 1; }
echo 'extends: ["spectral:oas"]' > "$work/.spectral.yaml"
"$tools/node_modules/.bin/spectral" lint "$work/openapi.json" --ruleset "$work/.spectral.yaml" --fail-severity warn
echo "OpenAPI: Spectral (spectral:oas) found no errors and no warnings"
