#!/usr/bin/env bash
# Installs and starts what the tests need, from Debian packages: Chromium and its driver for the
# browser tests, PostgreSQL for the second integration run, nginx for the two-server test, wrk for the benchmarks. Idempotent. Needs root for installs;
# without root, it checks that everything is already there and fails with a clear message if not.
set -euo pipefail

PG_USER="${IT_PG_USER:-capacite}"
PG_PASSWORD="${IT_PG_PASSWORD:-capacite}"
PG_DATABASE="${IT_PG_DATABASE:-capacite_it}"

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
command -v pg_ctlcluster >/dev/null 2>&1 && ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || need+=(postgresql)
# The load balancer in front of two application servers (TwoNodesIT, ear/cluster.sh).
[ -x /usr/sbin/nginx ] || need+=(nginx)
command -v curl >/dev/null 2>&1 || need+=(curl)
# The load tool of the benchmarks (bench/load.sh; its smoke test runs in the test command), and bc for their figures.
command -v wrk >/dev/null 2>&1 || need+=(wrk)
command -v bc >/dev/null 2>&1 || need+=(bc)

if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" != "0" ]; then
    echo "Missing packages: ${need[*]}. Run this script as root, or install them with apt-get." >&2
    exit 1
  fi
  echo "Installing ${need[*]} from Debian…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
  # The package starts a default site on port 80; ours run on their own ports and configuration.
  if [[ " ${need[*]} " == *" nginx "* ]]; then
    (service nginx stop || true) >/dev/null 2>&1
  fi
fi

# PostgreSQL: start the first cluster found, then (re)create the test role and an empty database.
version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
if ! pg_lsclusters -h | grep -q .; then
  pg_createcluster "$version" main >/dev/null
fi
cluster="$(pg_lsclusters -h | head -n 1)"
cl_version="$(echo "$cluster" | awk '{print $1}')"
cl_name="$(echo "$cluster" | awk '{print $2}')"
if ! echo "$cluster" | grep -q online; then
  pg_ctlcluster "$cl_version" "$cl_name" start
fi
as_postgres() { if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
for _ in $(seq 1 30); do as_postgres pg_isready -q && break; sleep 1; done
as_postgres psql -q -v ON_ERROR_STOP=1 <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${PG_USER}') THEN
    CREATE ROLE ${PG_USER} LOGIN PASSWORD '${PG_PASSWORD}';
  END IF;
END \$\$;
DROP DATABASE IF EXISTS ${PG_DATABASE};
CREATE DATABASE ${PG_DATABASE} OWNER ${PG_USER} ENCODING 'UTF8' TEMPLATE template0;
-- BackupIT restores a backup of the first into this one, as an operator restores into a fresh database.
DROP DATABASE IF EXISTS ${PG_DATABASE}_restore;
CREATE DATABASE ${PG_DATABASE}_restore OWNER ${PG_USER} ENCODING 'UTF8' TEMPLATE template0;
-- The resilience tests run the production server (ear/run.sh --production) on this one.
DROP DATABASE IF EXISTS ${PG_DATABASE}_server;
CREATE DATABASE ${PG_DATABASE}_server OWNER ${PG_USER} ENCODING 'UTF8' TEMPLATE template0;
SQL

echo "Ready: $(chromium --version 2>/dev/null | head -n 1), $(chromedriver --version | head -n 1 | cut -d' ' -f1-2), PostgreSQL $cl_version on port $(echo "$cluster" | awk '{print $3}')."
