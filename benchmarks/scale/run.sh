#!/usr/bin/env bash
# The province-scale runner (issue 26): builds N× Yanping on SQLite and PostgreSQL through the library's bulk paths
# and prints size × operation × provider (median times, rows/s for imports, peak working set, growth per 10×).
#
#   bash benchmarks/scale/run.sh                          # 1× and 10× on SQLite and a throwaway PostgreSQL (a few minutes)
#   bash benchmarks/scale/run.sh --sizes 1,10,100         # the table in benchmarks/README.md (100× takes ~15 minutes)
#   bash benchmarks/scale/run.sh --smoke --no-build       # CI: 1×, one repeat; PostgreSQL when NEIGHBORPARTY_TEST_POSTGRES is set
#
# Options are the runner's (--sizes, --providers sqlite,postgresql, --repeats N, --work DIR, --keep, --postgres CONN, --smoke)
# plus --no-build. Without --postgres or NEIGHBORPARTY_TEST_POSTGRES, a throwaway cluster is started (eng/postgres.sh) and
# stopped afterwards; with --providers sqlite none is needed.
# NEIGHBORPARTY_SCALE_TRACE=1 prints the time between statements (the "at" column: a gap is the statement before it), rows
# and the first 220 characters of every SQL reader to stderr, to take a slow operation apart (…_TRACE_FULL=1: whole statements).
set -euo pipefail
cd "$(dirname "$0")/../.."
build=1; args=(); smoke=0; sqlite_only=0
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    --smoke) smoke=1; args+=("$arg") ;;
    *) args+=("$arg") ;;
  esac
done
[[ " ${args[*]:-} " == *" --providers sqlite "* ]] && sqlite_only=1
[ "$smoke" -eq 1 ] || [[ " ${args[*]:-} " == *" --sizes "* ]] || args+=(--sizes 1,10)

if [ "$build" -eq 1 ]; then
  dotnet build benchmarks/scale/NeighborParty.Scale -c Release --nologo -v q >/dev/null
fi

pg_dir=""
cleanup() { [ -n "$pg_dir" ] && bash eng/postgres.sh stop "$pg_dir"; return 0; }
trap cleanup EXIT
if [ -z "${NEIGHBORPARTY_TEST_POSTGRES:-}" ] && [ "$smoke" -eq 0 ] && [ "$sqlite_only" -eq 0 ] && [[ " ${args[*]:-} " != *" --postgres "* ]]; then
  eval "$(bash eng/postgres.sh start)"
  pg_dir=$NP_PG_DIR
  export NEIGHBORPARTY_TEST_POSTGRES
fi

dotnet benchmarks/scale/NeighborParty.Scale/bin/Release/net10.0/NeighborParty.Scale.dll table "${args[@]}"
