#!/usr/bin/env bash
# The load scenarios against the real server on loopback, with wrk (Debian package): one table of
# throughput, latency percentiles, errors, server CPU, peak heap and RSS, each scenario also as a
# share of the ceiling (a constant JSON answer, /api/health, measured in the same run).
#
#   bench/load.sh --data DIR [--db-url URL --db-user U] [--seconds 20] [--warmup 10]
#                 [--scenarios "ceiling search ..."] [--port 8092] [--heap 1g] [--jfr]
#
# DIR is a folder bench/generate.sh filled (its fixtures.txt names the accounts and objects used).
# The server runs with the serving JVM settings (ear/run.sh --serve). Clients: 16 connections on 2
# threads, except the per-user scenarios (score sheets), which give each of 16 threads its own
# juror and sheet. --jfr records each measured round with Java Flight Recorder ($DIR/load/*.jfr)
# and prints where the server spent its time: the hottest methods, and the application's own
# frames (fr.capacite) under which the samples fell.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data=""; db_url=""; db_user=""; seconds=20; warmup=10; port="${BENCH_PORT:-8092}"; heap="1g"
scenarios="ceiling search public-search resource-api resource-page sheet-read sheet-save calendar-json calendar-page quality-api quality-page home quality-national public-library-page offers-page offer-page organisation-page observatory-page observatory-csv log-entry structure-api structure-page"
while [ $# -gt 0 ]; do
  case "$1" in
    --data) data="$2"; shift 2 ;;
    --db-url) db_url="$2"; shift 2 ;;
    --db-user) db_user="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --scenarios) scenarios="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --heap) heap="$2"; shift 2 ;;
    --jfr) jfr="yes"; shift ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "Unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done
[ -n "$data" ] && [ -f "$data/fixtures.txt" ] || { echo "--data must name a folder bench/generate.sh filled" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk; .ci/setup.sh installs it)" >&2; exit 2; }
data="$(cd "$data" && pwd)"
work="$data/load"; mkdir -p "$work"
password="Capacite-demo-2026"
base="http://localhost:$port"

# The server, with its standard input held open (it stops when that ends).
fifo="$work/server-stdin"; rm -f "$fifo"; mkfifo "$fifo"
sleep 1000000 > "$fifo" 2>/dev/null &
holder=$!
db=()
[ -n "$db_url" ] && db=(--db-url "$db_url" --db-user "$db_user")
CAPACITE_NO_BUILD=1 "$root/ear/run.sh" --serve --heap "$heap" --port "$port" --data "$data" ${db[@]+"${db[@]}"} \
  < "$fifo" > "$work/server.log" 2>&1 &
pid=$!
stop() {
  kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  kill "$holder" 2>/dev/null || true; wait "$holder" 2>/dev/null || true; rm -f "$fifo"
}
trap stop EXIT
started=$(date +%s.%N)
for _ in $(seq 1 1200); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/api/health" || true)" = 200 ] && break
  kill -0 "$pid" 2>/dev/null || { echo "The server stopped: see $work/server.log" >&2; exit 1; }
  sleep 0.25
done
# The library index is built in the background at the first start on a data set: measured
# rounds wait for it (the search would otherwise compete with the rebuild for the two cores).
for _ in $(seq 1 7200); do
  grep -q -E "Library index (kept|rebuilt)" "$work/server.log" && break
  kill -0 "$pid" 2>/dev/null || { echo "The server stopped: see $work/server.log" >&2; exit 1; }
  sleep 0.5
done
printf 'Server ready in %.1f s (%s)\n' "$(echo "$(date +%s.%N) - $started" | bc)" "$(grep -o 'Starting Capacité.*' "$work/server.log" | head -1)"

# Sessions: each account the scenarios use logs in once through the real login form.
login() {
  local user="$1" jar="$work/jar-$1" page nonce state
  rm -f "$jar"
  page="$(curl -s -c "$jar" -b "$jar" "$base/login.xhtml")"
  nonce="$(grep -o "csp\.init('[^']*'" <<<"$page" | head -1 | sed "s/csp\.init('//; s/'$//")"
  state="$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//; s/"$//')"
  # Read whole, then searched (grep -q stopping early would cut curl's pipe).
  page="$(curl -s -L -c "$jar" -b "$jar" -H "Origin: $base" \
      --data-urlencode "login=login" --data-urlencode "login:username=$user" --data-urlencode "login:password=$password" \
      --data-urlencode "login:submit=" --data-urlencode "primefaces.nonce=$nonce" --data-urlencode "jakarta.faces.ViewState=$state" \
      "$base/login.xhtml")"
  if [[ "$page" != *'id="currentUser"'* ]]; then
    echo "Login failed for $user" >&2; exit 1
  fi
  printf '%s %s\n' "$user" "$(awk '$0 !~ /^#/ || $0 ~ /^#HttpOnly_/ { if (NF >= 7) printf "%s=%s; ", $6, $7 }' "$jar" | sed 's/; $//')" >> "$work/cookies.txt"
}
rm -f "$work/cookies.txt"
login admin
for kind in juror manager mediator; do
  for user in $(awk -v k="$kind" '$1 == k { print $2 }' "$data/fixtures.txt" | head -16 | sort -u); do login "$user"; done
done

# Server CPU (ticks of user and system time), heap in use and RSS, sampled while a scenario runs.
ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
sample() {
  local peak_rss=0 peak_heap=0 rss used
  while :; do
    rss=$(awk '/VmRSS/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)
    used=$(jstat -gc "$pid" 2>/dev/null | awk 'NR == 2 { printf "%d", ($3 + $4 + $6 + $8) }' || echo 0)
    [ "${rss:-0}" -gt "$peak_rss" ] && peak_rss=$rss
    [ "${used:-0}" -gt "$peak_heap" ] && peak_heap=$used
    echo "$peak_rss $peak_heap" > "$work/peaks"
    sleep 1
  done
}

run() {
  local name="$1" duration="$2" threads=2 connections=16
  case "$name" in sheet-*) threads=16 ;; esac
  SCENARIO="$name" FIXTURES="$data/fixtures.txt" COOKIES="$work/cookies.txt" \
    wrk -t"$threads" -c"$connections" -d"${duration}s" --timeout 10s -s "$root/bench/scenario.lua" "$base" 2>&1
}

hz=$(getconf CLK_TCK)
printf '\n%-18s %9s %8s %8s %8s %8s %7s %8s %6s %9s %8s\n' scenario "req/s" "p50 ms" "p95 ms" "p99 ms" requests errors ceiling "CPU %" "heap MB" "RSS MB"
ceiling=""
status=0
profiles=()
for name in $scenarios; do
  run "$name" "$warmup" > /dev/null || true
  echo "0 0" > "$work/peaks"
  sample & sampler=$!
  [ -n "${jfr:-}" ] && jcmd "$pid" JFR.start name="$name" settings=profile filename="$work/$name.jfr" > /dev/null
  before=$(ticks); t0=$(date +%s.%N)
  out="$(run "$name" "$seconds" || true)"
  after=$(ticks); t1=$(date +%s.%N)
  [ -n "${jfr:-}" ] && jcmd "$pid" JFR.stop name="$name" > /dev/null && profiles+=("$name")
  kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null || true
  line="$(grep '^RESULT' <<<"$out" || true)"
  if [ -z "$line" ]; then echo "$name: no result"; echo "$out"; status=1; continue; fi
  read -r _ _ requests _ rps p50 p95 p99 errors <<<"$line"
  [ "$name" = ceiling ] && ceiling="$rps"
  share="-"; [ -n "$ceiling" ] && share="$(awk -v a="$rps" -v b="$ceiling" 'BEGIN { printf "%.1f %%", 100 * a / b }')"
  cpu="$(awk -v a="$before" -v b="$after" -v hz="$hz" -v s="$(echo "$t1 - $t0" | bc)" 'BEGIN { printf "%.0f", 100 * (b - a) / hz / s }')"
  read -r rss heap < "$work/peaks"
  printf '%-18s %9.0f %8.1f %8.1f %8.1f %8d %7d %8s %6s %9.0f %8.0f\n' "$name" "$rps" "$p50" "$p95" "$p99" "$requests" "$errors" "$share" "$cpu" "$(echo "$heap / 1024" | bc -l)" "$(echo "$rss / 1024" | bc -l)"
  # A round in which no request was answered (each took longer than the round) is a failure too.
  [ "$errors" -eq 0 ] && [ "$requests" -gt 0 ] || status=1
done
for name in ${profiles[@]+"${profiles[@]}"}; do
  echo
  echo "== $name: where the samples fell ($work/$name.jfr)"
  jfr print --events jdk.ExecutionSample --stack-depth 200 "$work/$name.jfr" | awk '
    /stackTrace = \[/ { inside = 1; top = ""; app = ""; next }
    inside && /^[[:space:]]*\]/ { inside = 0; total++; hot[top]++; if (app != "") mine[app]++; next }
    inside { line = $0; sub(/^[[:space:]]+/, "", line); sub(/[[:space:]]+line:.*/, "", line);
             if (top == "") top = line; if (app == "" && line ~ /^fr\.capacite\./) app = line }
    END {
      for (m in hot) printf "H\t%.1f\t%s\n", 100 * hot[m] / total, m
      for (m in mine) printf "A\t%.1f\t%s\n", 100 * mine[m] / total, m
      printf "T\t%d\n", total
    }' > "$work/$name.samples"
  echo "  $(awk -F'\t' '$1 == "T" { print $2 }' "$work/$name.samples") samples. Hottest methods:"
  awk -F'\t' '$1 == "H" { printf "%6.1f %%  %s\n", $2, $3 }' "$work/$name.samples" | sort -rn | head -12 || true
  echo "  Innermost application frame (fr.capacite) of the samples:"
  awk -F'\t' '$1 == "A" { printf "%6.1f %%  %s\n", $2, $3 }' "$work/$name.samples" | sort -rn | head -12 || true
done
printf '\nCPU %% is the server process over the round (200 %% = both cores); heap is the peak in use (jstat), RSS the peak resident size.\n'
exit $status
