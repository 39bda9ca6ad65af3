#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the persistence tests, from the machine's binaries.
#   eval "$(bash eng/postgres.sh start)"   # prints export lines: NEIGHBORPARTY_TEST_POSTGRES, NP_PG_DIR
#   bash eng/postgres.sh stop "$NP_PG_DIR"
# The cluster lives in a fresh temporary folder, listens on loopback only on a free port, runs as the postgres
# user (PostgreSQL refuses root) and trusts local connections: it holds nothing but test data and is deleted on stop.
set -euo pipefail

find_bin() {
  for dir in /usr/lib/postgresql/*/bin /usr/local/pgsql/bin /usr/pgsql-*/bin; do
    [[ -x "$dir/initdb" ]] && { echo "$dir"; return 0; }
  done
  command -v initdb >/dev/null && { dirname "$(command -v initdb)"; return 0; }
  return 1
}

as_pg() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  start)
    bin=$(find_bin) || { echo "PostgreSQL binaries (initdb) not found" >&2; exit 1; }
    dir=$(mktemp -d /tmp/neighborparty-pg.XXXXXX)
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
    [[ $(id -u) -eq 0 ]] && chown postgres "$dir"
    as_pg "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=on -c max_connections=200" start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    echo "export NP_PG_DIR=$dir"
    echo "export NEIGHBORPARTY_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true'"
    ;;
  stop)
    dir=${2:?usage: eng/postgres.sh stop <dir>}
    bin=$(find_bin) || exit 0
    [[ -d "$dir/data" ]] && as_pg "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *)
    echo "usage: eng/postgres.sh start | stop <dir>" >&2; exit 2 ;;
esac
