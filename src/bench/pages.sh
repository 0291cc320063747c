#!/usr/bin/env bash
# Uncached render time of every page type, one request at a time, with the response cache
# turned off (timeline.response-cache-bytes=0), so each request runs the query and the
# template. Prints the median and 90th percentile over N requests per URL, the bytes, and
# the same for the JSON of the whole timeline for scale.
#
#   bash src/bench/pages.sh                 # 200 requests per URL after a warm-up
#   N=50 bash src/bench/pages.sh
#   JAR=/path/to/other.jar bash src/bench/pages.sh
#   GZIP=1 bash src/bench/pages.sh          # ask for gzip, as browsers do
#   APP_ARGS="--some.property=value" bash src/bench/pages.sh
#
# Needs curl and java. Everything runs on 127.0.0.1 and stops by itself.
set -euo pipefail
cd "$(dirname "$0")/../.."

N="${N:-200}"
WARMUP="${WARMUP:-300}"
PORT="${PORT:-18085}"
HEAP="${HEAP:--Xmx128m}"
DATA_DIR="${DATA_DIR:-data}"

. src/bench/common.sh
jar=$(bench_jar)
work=$(mktemp -d)
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

java $HEAP -jar "$jar" --timeline.data-dir="$DATA_DIR" --timeline.response-cache-bytes=0 \
  --server.port="$PORT" --server.address=127.0.0.1 ${APP_ARGS:-} >"$work/app.log" 2>&1 &
app_pid=$!
base="http://127.0.0.1:$PORT"
wait_for_app "$PORT" "$app_pid" "$work/app.log"

event_id=$(curl -fs "$base/api/events?size=1&theme=border" | sed -E 's/.*"content":\[\{"id":"([^"]+)".*/\1/')
source_id=fu-2023
theme_id=$(curl -fs "$base/api/themes" | sed -E 's/^\[\{"id":"([^"]+)".*/\1/')
actor_id=$(curl -fs "$base/api/actors" | sed -E 's/^\[\{"id":"([^"]+)".*/\1/')
place_id=$(curl -fs "$base/api/places" | sed -E 's/^\[\{"id":"([^"]+)".*/\1/')
urls=(
  "/"
  "/?theme=border&from=1960&to=1969"
  "/?q=treaty"
  "/events/$event_id"
  "/sources"
  "/sources/$source_id"
  "/disputes"
  "/themes/$theme_id"
  "/actors/$actor_id"
  "/places/$place_id"
  "/about"
  "/api/events?size=500"
)
encoding=()
[ -n "${GZIP:-}" ] && encoding=(-H "Accept-Encoding: gzip")

for url in "${urls[@]}"; do
  curl -fs -o /dev/null "${encoding[@]}" "$base$url" || { echo "GET $url failed" >&2; exit 1; }
done
# Warm-up: the JIT compiles the hot paths; the first requests of a cold JVM say little.
for i in $(seq 1 "$WARMUP"); do
  curl -fs -o /dev/null "${encoding[@]}" "$base${urls[$((i % ${#urls[@]}))]}"
done

printf '%-40s %9s %9s %9s\n' "page (uncached)" "bytes" "median" "p90"
for url in "${urls[@]}"; do
  : >"$work/times"
  bytes=0
  # One curl process for N requests over one connection, so process start-up is not timed.
  args=()
  for _ in $(seq 1 "$N"); do args+=(-o /dev/null -w '%{time_total} %{size_download}\n' "$base$url"); done
  curl -fs "${encoding[@]}" "${args[@]}" >"$work/times"
  read -r median p90 bytes < <(sort -n "$work/times" | awk '{t[NR]=$1; b=$2} END {printf "%.1f %.1f %d\n", 1000*t[int((NR+1)/2)], 1000*t[int(NR*0.9)], b}')
  printf '%-40s %9s %7s ms %6s ms\n' "$url" "$bytes" "$median" "$p90"
done
echo
echo "$N requests per URL after $WARMUP warm-up requests; response cache off; heap $HEAP; $(basename "$jar"); $(java -version 2>&1 | head -n 1)"
grep -oE 'Loaded .*' "$work/app.log" || true
