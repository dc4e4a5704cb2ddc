#!/usr/bin/env bash
# Starts a throw-away PostgreSQL cluster for the tests (sourced by test.sh).
# Sets IP_TEST_POSTGRES; stop_test_postgres removes the cluster. Returns 1 when no PostgreSQL is installed.

start_test_postgres() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$bin" ] && [ -x "$bin/initdb" ] || return 1

  PG_TEST_DIR=$(mktemp -d /tmp/ip-pg.XXXXXX)
  chmod 755 "$PG_TEST_DIR"
  local as=()
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || { echo "PostgreSQL is installed but there is no 'postgres' user to run it" >&2; return 1; }
    chown postgres "$PG_TEST_DIR"
    as=(runuser -u postgres --)
  fi

  local port=55432
  while (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; do port=$((port + 1)); done

  "${as[@]}" "$bin/initdb" -D "$PG_TEST_DIR/data" -U ip --auth=trust -E UTF8 --locale=C.UTF-8 >"$PG_TEST_DIR/initdb.log" 2>&1 \
    || { cat "$PG_TEST_DIR/initdb.log" >&2; return 1; }
  # Durability is irrelevant for a throw-away test cluster; speed is not.
  "${as[@]}" "$bin/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/server.log" -w \
    -o "-p $port -k $PG_TEST_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=600" \
    start >/dev/null || { cat "$PG_TEST_DIR/server.log" >&2; return 1; }
  PG_TEST_BIN=$bin
  PG_TEST_AS=("${as[@]}")
  export IP_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=ip;Password=ip;Database=postgres"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') started on 127.0.0.1:$port for the tests"
}

stop_test_postgres() {
  [ -n "${PG_TEST_DIR:-}" ] || return 0
  "${PG_TEST_AS[@]}" "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_TEST_DIR"
}
