#!/usr/bin/env bash
# The API load benchmark (issues 18 and 26). Starts the sample in Release on a free loopback port next to a bare
# minimal-API endpoint and a hand-written peer (benchmarks/load/NeighborParty.LoadPeer: plain EF Core, one projected
# no-tracking query per endpoint, the same JWT, a path-prefix scope check) on a copy of the same database; checks that
# the peer gives the sample's answers byte for byte; drives all three with wrk and prints one table: requests/s,
# p50/p99 latency, the ratio to the bare endpoint and the ratio to the peer, for every measured endpoint, in one run.
#
#   bash benchmarks/load/run.sh                 # 8 s per endpoint, 64 connections (the issue's wrk -t2 -c64 -d8s)
#   bash benchmarks/load/run.sh --smoke         # CI: 1 s per endpoint; checks every endpoint answers 200, no timing asserted
#   bash benchmarks/load/run.sh --postgres "Host=…;Database=…;Username=…"   # the same on PostgreSQL
#
# Options: --duration S, --connections N, --no-build. wrk comes from Debian's packages (installed if missing).
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=8; connections=64; smoke=0; build=1; pg=""; figures=true
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) smoke=1; duration=1; connections=4; figures=false ;; # the named demo only: seeding the whole district takes ~20 s
    --duration) duration="$2"; shift ;;
    --connections) connections="$2"; shift ;;
    --no-build) build=0 ;;
    --postgres) pg="$2"; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

if ! command -v wrk >/dev/null; then
  echo "installing wrk (Debian package)" >&2
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1; apt-get install -y wrk >/dev/null; }
  else sudo apt-get install -y wrk >/dev/null 2>&1 || { sudo apt-get update >/dev/null 2>&1; sudo apt-get install -y wrk >/dev/null; }
  fi
fi

if [ "$build" -eq 1 ]; then
  dotnet build samples/NeighborParty.SampleApi -c Release --nologo -v q >/dev/null
  dotnet build benchmarks/load/NeighborParty.LoadBaseline -c Release --nologo -v q >/dev/null
  dotnet build benchmarks/load/NeighborParty.LoadPeer -c Release --nologo -v q >/dev/null
fi

work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
wait_for() { # url, seconds
  for _ in $(seq 1 "$(( $2 * 5 ))"); do curl -fs -o /dev/null "$1" && return 0; sleep 0.2; done
  echo "no answer from $1" >&2; return 1
}

key="load-benchmark-signing-key-0123456789-0123456789-0123456789"
sample_dll=samples/NeighborParty.SampleApi/bin/Release/net10.0/NeighborParty.SampleApi.dll
bare_dll=benchmarks/load/NeighborParty.LoadBaseline/bin/Release/net10.0/NeighborParty.LoadBaseline.dll
peer_dll=benchmarks/load/NeighborParty.LoadPeer/bin/Release/net10.0/NeighborParty.LoadPeer.dll
if [ -n "$pg" ]; then db=( "NeighborParty__Database__Provider=PostgreSql" "ConnectionStrings__NeighborParty=$pg" )
  peer_db=( "NeighborParty__Database__Provider=PostgreSql" "ConnectionStrings__NeighborParty=$pg" ) # read-only endpoints: the same database
else db=( "NeighborParty__Database__Provider=Sqlite" "ConnectionStrings__NeighborParty=Data Source=$work/load.db" )
  peer_db=( "NeighborParty__Database__Provider=Sqlite" "ConnectionStrings__NeighborParty=Data Source=$work/peer.db" ); fi

# 1. Seed the demo district (Development only) and take tokens and ids from it, then stop.
port=$(free_port)
(cd samples/NeighborParty.SampleApi && exec env "${db[@]}" ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$port" \
  Authentication__Jwt__SigningKey="$key" NeighborParty__SeedDemoData=true NeighborParty__SeedDistrictFigures=$figures Logging__LogLevel__Default=Warning \
  dotnet "../../$sample_dll" >"$work/seed.log" 2>&1) &
seeder=$!; pids+=("$seeder")
wait_for "http://127.0.0.1:$port/health" 180 || { tail -20 "$work/seed.log"; exit 1; }
base="http://127.0.0.1:$port"
token() { curl -fs -X POST "$base/dev/tokens/$1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])'; }
admin=$(token district-admin); secretary=$(token compound-secretary)
ids=$(curl -fs -H "Authorization: Bearer $admin" "$base/api/units" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
root_unit=$ids
read -r branch community_place district_place < <(python3 - "$base" "$admin" "$root_unit" <<'PY'
import json, sys, urllib.request
base, token, root = sys.argv[1:4]
def get(path):
    req = urllib.request.Request(base + path, headers={"Authorization": "Bearer " + token})
    return json.load(urllib.request.urlopen(req))
units = get(f"/api/units/{root}/subtree")
branch = next(u["id"] for u in units if u["name"] == "武夷香榭小区党支部")
district = get("/api/places")[0]["id"]
places = get(f"/api/places/{district}/subtree")
community = next(p["id"] for p in places if p["name"] == "剑津社区")
print(branch, community, district)
PY
)
kill "$seeder"; wait "$seeder" 2>/dev/null || true
if [ -z "$pg" ]; then for f in load.db load.db-wal load.db-shm; do [ -f "$work/$f" ] && cp "$work/$f" "$work/peer${f#load}"; done; fi # the peer's copy

# 2. The sample as deployed: Production, Release, JSON console logs (to a file), rate limits far above the load.
port=$(free_port)
(cd samples/NeighborParty.SampleApi && exec env "${db[@]}" ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" \
  Authentication__Jwt__SigningKey="$key" RateLimiting__Api__PermitLimit=1000000000 RateLimiting__Open311Read__PermitLimit=1000000000 \
  dotnet "../../$sample_dll" >"$work/sample.log" 2>&1) &
pids+=("$!")
bare_port=$(free_port)
ASPNETCORE_URLS="http://127.0.0.1:$bare_port" dotnet "$bare_dll" >"$work/bare.log" 2>&1 &
pids+=("$!")
peer_port=$(free_port)
env "${peer_db[@]}" ASPNETCORE_URLS="http://127.0.0.1:$peer_port" Authentication__Jwt__SigningKey="$key" dotnet "$peer_dll" >"$work/peer.log" 2>&1 &
pids+=("$!")
wait_for "http://127.0.0.1:$port/health" 60 || { tail -20 "$work/sample.log"; exit 1; }
wait_for "http://127.0.0.1:$bare_port/bare" 60
wait_for "http://127.0.0.1:$peer_port/open311/v2/requests.json" 60 || { tail -20 "$work/peer.log"; exit 1; }
peer="http://127.0.0.1:$peer_port"
base="http://127.0.0.1:$port"
year=$(date -u +%Y)

# name | path | token (admin, secretary or none) | whether the peer answers it too
endpoints=(
  "bare minimal-API endpoint|/bare|none|bare"
  "GET /api/units/{id} (one unit)|/api/units/$branch|admin|peer"
  "GET /api/units/{id}/children|/api/units/$root_unit/children|admin|peer"
  "GET /api/members?unit= (a page, masked)|/api/members?unit=$branch&take=50|secretary|peer"
  "GET /api/reports/{placeId} (district, a year)|/api/reports/$district_place?from=$year-01-01&to=$year-12-31|admin|peer"
  "GET /api/formation/sweep/{placeId} (community)|/api/formation/sweep/$community_place|admin|"
  "GET /health|/health|none|"
  "GET /open311/v2/requests.json|/open311/v2/requests.json|none|peer"
)

status=0
for entry in "${endpoints[@]}"; do # every endpoint must answer 200, and the peer the same bytes, before anything is measured
  IFS='|' read -r name path who side <<<"$entry"
  auth=(); [ "$who" = admin ] && auth=(-H "Authorization: Bearer $admin"); [ "$who" = secretary ] && auth=(-H "Authorization: Bearer $secretary")
  url="$base$path"; [ "$side" = bare ] && url="http://127.0.0.1:$bare_port$path"
  code=$(curl -s -o "$work/sample.out" -w '%{http_code}' "${auth[@]}" "$url")
  if [ "$code" != 200 ]; then echo "$name answered $code" >&2; status=1; fi
  if [ "$side" = peer ]; then
    code=$(curl -s -o "$work/peer.out" -w '%{http_code}' "${auth[@]}" "$peer$path")
    if [ "$code" != 200 ]; then echo "the peer answered $code to $name" >&2; status=1
    elif ! cmp -s "$work/sample.out" "$work/peer.out"; then echo "the peer's answer to $name differs from the sample's" >&2; status=1; fi
  fi
done
[ "$status" -eq 0 ] || { tail -20 "$work/sample.log" >&2; tail -20 "$work/peer.log" >&2; exit 1; }

# Warm up (JIT, caches, connection pools) before anything is measured.
for entry in "${endpoints[@]}"; do
  IFS='|' read -r name path who side <<<"$entry"
  auth=(); [ "$who" = admin ] && auth=(-H "Authorization: Bearer $admin"); [ "$who" = secretary ] && auth=(-H "Authorization: Bearer $secretary")
  url="$base$path"; [ "$side" = bare ] && url="http://127.0.0.1:$bare_port$path"
  wrk -t2 -c"$connections" -d1s "${auth[@]}" "$url" >/dev/null
  if [ "$side" = peer ]; then wrk -t2 -c"$connections" -d1s "${auth[@]}" "$peer$path" >/dev/null; fi
done

measure() { # url, auth…: prints "rps p50 p99 non-2xx"
  local out; out=$(wrk -t2 -c"$connections" -d"${duration}s" --latency "${@:2}" "$1")
  local bad; bad=$(awk '/Non-2xx or 3xx responses:/ {print $5}' <<<"$out")
  echo "$(awk '/^Requests\/sec:/ {print $2}' <<<"$out") $(awk '$1=="50%" {print $2}' <<<"$out") $(awk '$1=="99%" {print $2}' <<<"$out") ${bad:-0}"
}

printf '| endpoint | requests/s | p50 | p99 | ratio to bare | peer requests/s | sample/peer | non-2xx |\n|---|---:|---:|---:|---:|---:|---:|---:|\n'
bare_rps=""
for entry in "${endpoints[@]}"; do
  IFS='|' read -r name path who side <<<"$entry"
  auth=(); [ "$who" = admin ] && auth=(-H "Authorization: Bearer $admin"); [ "$who" = secretary ] && auth=(-H "Authorization: Bearer $secretary")
  url="$base$path"; [ "$side" = bare ] && url="http://127.0.0.1:$bare_port$path"
  read -r rps p50 p99 bad < <(measure "$url" "${auth[@]}")
  [ -z "$bare_rps" ] && bare_rps=$rps
  ratio=$(python3 -c "print(f'{float($rps)/float($bare_rps):.2f}×')")
  peer_rps="–"; vs_peer="–"
  if [ "$side" = peer ]; then
    read -r peer_rps _ _ peer_bad < <(measure "$peer$path" "${auth[@]}")
    vs_peer=$(python3 -c "print(f'{float($rps)/float($peer_rps):.2f}×')"); peer_rps=$(printf '%.0f' "$peer_rps")
    bad=$((bad + peer_bad))
  fi
  printf '| %s | %.0f | %s | %s | %s | %s | %s | %s |\n' "$name" "$rps" "$p50" "$p99" "$ratio" "$peer_rps" "$vs_peer" "$bad"
  [ "$bad" = 0 ] || status=1
done
echo
echo "$(nproc) cores, loopback, wrk -t2 -c$connections -d${duration}s, $( [ -n "$pg" ] && echo PostgreSQL || echo SQLite ), $(date -u +%Y-%m-%d)."
exit "$status"
