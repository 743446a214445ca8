#!/usr/bin/env bash
# Creates a benchmark data set in a fresh database: the application's schema and demo data (one
# start of the server), then the generated organisations, people, cohorts, exams and library.
#
#   bench/generate.sh --size S|T|XS --data DIR                 Derby embedded in DIR (a new folder)
#   bench/generate.sh --size S|T|XS --data DIR --db-url jdbc:postgresql://HOST:PORT/DB --db-user U
#                                                              PostgreSQL (an empty database;
#                                                              password in CAPACITE_DB_PASSWORD)
#
# S (about 7 million rows) takes about 15 minutes on Derby on a 2-core machine, T (a tenth of S,
# 10,000 resources) two, XS a minute. The application then starts on the same folder:
# bench/load.sh --data DIR [--db-url ...].
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
size="XS"; data=""; db_url=""; db_user=""; port="${BENCH_PORT:-8091}"
while [ $# -gt 0 ]; do
  case "$1" in
    --size) size="$2"; shift 2 ;;
    --data) data="$2"; shift 2 ;;
    --db-url) db_url="$2"; shift 2 ;;
    --db-user) db_user="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "Unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done
[ -n "$data" ] || { echo "--data DIR is required (see --help)" >&2; exit 2; }
if [ -z "$db_url" ] && [ -e "$data/derby/capacite" ]; then
  echo "$data already holds a database: generate into a new folder" >&2; exit 2
fi
server="$root/ear/target/server"
jar="$root/bench/target/capacite-bench.jar"
if [ ! -f "$root/ear/target/capacite.ear" ] || [ ! -f "$jar" ]; then
  echo "Build first: mvn -q install -DskipTests" >&2; exit 2
fi
mkdir -p "$data"
data="$(cd "$data" && pwd)"

# 1. The schema (Flyway migrations) and the demo data, written by the application itself.
db=()
[ -n "$db_url" ] && db=(--db-url "$db_url" --db-user "$db_user")
echo "Creating the schema and the demo data (one start of the application on port $port)…"
# The server stops when its standard input ends: it reads a pipe held open until it is stopped.
fifo="$data/.server-stdin"; rm -f "$fifo"; mkfifo "$fifo"
sleep 100000 > "$fifo" 2>/dev/null &
holder=$!
CAPACITE_NO_BUILD=1 "$root/ear/run.sh" --port "$port" --data "$data" ${db[@]+"${db[@]}"} \
  < "$fifo" > "$data/generate-start.log" 2>&1 &
pid=$!
stop() {
  kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  kill "$holder" 2>/dev/null || true; wait "$holder" 2>/dev/null || true; rm -f "$fifo"
}
trap stop EXIT
ready=""
for _ in $(seq 1 600); do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/login.xhtml" || true)" = 200 ]; then
    ready=yes; break
  fi
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.5
done
[ -n "$ready" ] || { echo "The application did not start: see $data/generate-start.log" >&2; exit 1; }
stop
trap - EXIT

# 2. The generated data, in batches through the database's constraints.
cp="$jar:$server/derby.jar:$server/derbyshared.jar:$server/derbytools.jar:$server/postgresql.jar"
if [ -n "$db_url" ]; then
  java -cp "$cp" fr.capacite.bench.Generator --size "$size" --postgres "$db_url" --user "$db_user" \
    --fixtures "$data/fixtures.txt"
else
  java -Xmx1g -Dderby.storage.pageCacheSize=20000 -Dderby.stream.error.file="$data/derby-generate.log" \
    -cp "$cp" fr.capacite.bench.Generator --size "$size" --derby "$data/derby/capacite" \
    --fixtures "$data/fixtures.txt"
fi
echo "Next: bench/load.sh --data $data${db_url:+ --db-url $db_url --db-user $db_user}"
