#!/usr/bin/env bash
# Throughput and latency of one API call and one page, with wrk (Debian package), after warm-up.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
port=8090
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk"; exit 1; }
data="$(mktemp -d)"
CAPACITE_PORT=$port CAPACITE_DATA="$data" "$root/ear/run.sh" > "$data/run.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 240); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/login.xhtml" || true)" = 200 ] && break
  sleep 0.25
done
for url in "api/referential/versions/REMN-2019" "login.xhtml"; do
  wrk -t2 -c16 -d30s "http://localhost:$port/$url" > /dev/null   # warm-up
  echo "== /$url"
  wrk -t2 -c16 -d30s --latency "http://localhost:$port/$url" | grep -E "Requests/sec|50%|99%"
done
