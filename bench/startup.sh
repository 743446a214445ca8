#!/usr/bin/env bash
# Cold start of the run command, excluding the Maven build: time to the first HTTP 200.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
port=8090
data="$(mktemp -d)"
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT

measure() {
  local label="$1" start
  start=$(date +%s.%N)
  CAPACITE_PORT=$port CAPACITE_DATA="$data" "$root/ear/run.sh" > "$data/run-$label.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 240); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/login.xhtml" || true)" = 200 ]; then
      printf '%-28s %6.1f s\n' "$label" "$(echo "$(date +%s.%N) - $start" | bc)"
      kill "$pid"; wait "$pid" 2>/dev/null || true
      return
    fi
    sleep 0.25
  done
  echo "$label: no HTTP 200 after 60 s (see $data/run-$label.log)"; exit 1
}

measure "cold start, empty data"
measure "restart, existing data"
