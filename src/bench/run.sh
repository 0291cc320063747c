#!/usr/bin/env bash
# Benchmark: the app against nginx serving the identical bytes, side by side, on 127.0.0.1,
# both ways a client can ask:
#   identity: no Accept-Encoding; nginx serves the app's bytes as files with `sendfile on`.
#   gzip:     `Accept-Encoding: gzip` (what browsers send); nginx serves `<name>.gz`, the
#             very gzip bytes the app sends for that URL, with `gzip_static on`.
# For each URL and each way, the app and nginx are loaded in turn (app, nginx, app, ...),
# so that drift on a shared machine hits both alike.
#
#   bash src/bench/run.sh            # 15 s per run, 32 connections, both ways
#   DURATION=5s ROUNDS=3 bash src/bench/run.sh     # medians of 3 alternating rounds
#   MODES=gzip bash src/bench/run.sh               # one way only (identity, gzip)
#   DATA_DIR=src/test/resources/dataset/valid bash src/bench/run.sh
#   JAR=/path/to/other.jar bash src/bench/run.sh   # another build, e.g. before a change
#
# Needs wrk and nginx (apt-get install wrk nginx-light). Prints requests per second,
# p50/p99 latency and the app/nginx ratio for each URL and way, whether the goals for
# large responses hold (gzip: / and /api/events?size=500 at 50% of nginx or more;
# identity: the same two at 30% or more), the app's start-up time (process start to first
# 200) and its RSS after the load. Everything stops by itself.
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION="${DURATION:-15s}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
APP_PORT="${APP_PORT:-18080}"
NGINX_PORT="${NGINX_PORT:-18081}"
HEAP="${HEAP:--Xmx128m}"
ROUNDS="${ROUNDS:-1}"
MODES="${MODES:-identity gzip}"

for tool in wrk nginx curl java; do
  command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install wrk nginx-light curl)" >&2; exit 1; }
done

source src/bench/common.sh
jar=$(bench_jar)

work=$(mktemp -d)
app_pid=""
nginx_started=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$nginx_started" ] && nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -s stop 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# Start the app and time process start to the first 200.
start_ns=$(date +%s%N)
java $HEAP -jar "$jar" --timeline.data-dir="${DATA_DIR:-data}" --server.port="$APP_PORT" --server.address=127.0.0.1 >"$work/app.log" 2>&1 &
app_pid=$!
wait_for_app "$APP_PORT" "$app_pid" "$work/app.log"
startup_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))

# The URLs to compare. The event is the first one the API lists.
event_id=$(curl -fs "http://127.0.0.1:$APP_PORT/api/events?size=1" | sed -E 's/.*"content":\[\{"id":"([^"]+)".*/\1/')
names=(timeline filtered event page-timeline page-filtered page-event)
urls=(
  "/api/events?size=500"
  "/api/events?theme=border&from=1960&to=1969"
  "/api/events/$event_id"
  "/"
  "/?theme=border&from=1960&to=1969"
  "/events/$event_id"
)
types=(application/json application/json application/json text/html text/html text/html)

# nginx serves the very same bytes as static files: <name> as the app sends it without
# Accept-Encoding, and <name>.gz as it sends it with `Accept-Encoding: gzip`, undecoded.
files="$work/nginx/files"
mkdir -p "$files" "$work/nginx/tmp"
fetch() { # url file headers-file [curl options] -> the body exactly as sent, and its headers
  local url=$1 file=$2 headers=$3
  shift 3
  curl -fs "$@" -D "$headers" -o "$file" "$url"
}
encoding() { # headers-file -> the Content-Encoding, or nothing
  awk 'tolower($1)=="content-encoding:" {gsub(/\r/,""); print tolower($2)}' "$1"
}
{
  echo "worker_processes auto; pid $work/nginx/nginx.pid; error_log $work/nginx/error.log;"
  echo "events { worker_connections 1024; }"
  echo "http { access_log off; sendfile on; tcp_nopush on; gzip_static on; client_body_temp_path $work/nginx/tmp; proxy_temp_path $work/nginx/tmp;"
  echo "  fastcgi_temp_path $work/nginx/tmp; uwsgi_temp_path $work/nginx/tmp; scgi_temp_path $work/nginx/tmp;"
  echo "  server { listen 127.0.0.1:$NGINX_PORT; root $files;"
  for i in "${!names[@]}"; do
    url="http://127.0.0.1:$APP_PORT${urls[$i]}"
    name=${names[$i]}
    fetch "$url" "$files/$name" "$work/$name.h"
    [ -z "$(encoding "$work/$name.h")" ] || { echo "the app encodes ${urls[$i]} without Accept-Encoding" >&2; exit 1; }
    # No --compressed: curl keeps the bytes as they came.
    fetch "$url" "$files/$name.gz" "$work/$name.gz.h" -H 'Accept-Encoding: gzip'
    if [ "$(encoding "$work/$name.gz.h")" = gzip ]; then
      fetch "$url" "$work/$name.gz.again" "$work/$name.gz.again.h" -H 'Accept-Encoding: gzip'
      cmp -s "$files/$name.gz" "$work/$name.gz.again" || { echo "the app sends other gzip bytes each time for ${urls[$i]}" >&2; exit 1; }
      cmp -s <(gzip -dc "$files/$name.gz") "$files/$name" || { echo "the app's gzip of ${urls[$i]} is not its identity body" >&2; exit 1; }
    else
      echo "note: the app does not gzip ${urls[$i]} ($(stat -c %s "$files/$name") bytes); nginx sends it as is too" >&2
      rm "$files/$name.gz"
    fi
    echo "    location = /bench/$name { default_type ${types[$i]}; try_files /$name =404; }"
  done
  echo "  }"
  echo "}"
} >"$work/nginx/nginx.conf"
chmod -R a+rX "$work" # nginx's workers run as an unprivileged user
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf"
nginx_started=1
for i in "${!names[@]}"; do
  name=${names[$i]}
  url="http://127.0.0.1:$NGINX_PORT/bench/$name"
  fetch "$url" "$work/$name.nginx" "$work/$name.nginx.h"
  cmp -s "$work/$name.nginx" "$files/$name" && [ -z "$(encoding "$work/$name.nginx.h")" ] \
    || { echo "nginx does not serve $name as the app does without Accept-Encoding" >&2; exit 1; }
  if [ -f "$files/$name.gz" ]; then
    fetch "$url" "$work/$name.nginx.gz" "$work/$name.nginx.gz.h" -H 'Accept-Encoding: gzip'
    cmp -s "$work/$name.nginx.gz" "$files/$name.gz" && [ "$(encoding "$work/$name.nginx.gz.h")" = gzip ] \
      || { echo "nginx does not serve $name.gz as the app does with Accept-Encoding: gzip" >&2; exit 1; }
  fi
done

headers() { # mode -> wrk's header options, one a line
  [ "$1" = gzip ] && printf '%s\n' -H 'Accept-Encoding: gzip' || true
}
run() { # mode url -> "rps p50_ms p99_ms errors"
  local out options
  mapfile -t options < <(headers "$1")
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${options[@]}" "$2")
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx or 3xx/ {n+=$NF} /Socket errors/ {gsub(/[^0-9 ]/," "); for(i=1;i<=NF;i++) n+=$i} END {print n+0}' <<<"$out")
  echo "$rps $(ms "$p50") $(ms "$p99") $errors"
}
ms() { # wrk latency like 512.00us, 1.20ms, 1.01s -> milliseconds
  awk -v v="$1" 'BEGIN { n=v+0; if (v ~ /us$/) n/=1000; else if (v ~ /ms$/) n=n; else if (v ~ /s$/) n*=1000; printf "%.2f", n }'
}
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# Warm the app up (JIT, caches) both ways, then measure the app and nginx alternately for
# each URL and way; with ROUNDS > 1, the medians of the rounds.
for mode in $MODES; do
  mapfile -t options < <(headers "$mode")
  for i in "${!names[@]}"; do
    wrk -t1 -c8 -d3s "${options[@]}" "http://127.0.0.1:$APP_PORT${urls[$i]}" >/dev/null
  done
done
printf '\n%-8s %-14s %8s %10s %10s %9s %9s %8s %8s %7s\n' "way" "what" "bytes" "app req/s" "nginx r/s" "app/nginx" "app p50" "app p99" "ngx p99" "errors"
total_errors=0
declare -A share
for mode in $MODES; do
  for i in "${!names[@]}"; do
    name=${names[$i]}
    : >"$work/app.runs"
    : >"$work/nginx.runs"
    for _ in $(seq 1 "$ROUNDS"); do
      run "$mode" "http://127.0.0.1:$APP_PORT${urls[$i]}" >>"$work/app.runs"
      run "$mode" "http://127.0.0.1:$NGINX_PORT/bench/$name" >>"$work/nginx.runs"
    done
    a_rps=$(awk '{print $1}' "$work/app.runs" | median)
    n_rps=$(awk '{print $1}' "$work/nginx.runs" | median)
    a_p50=$(awk '{print $2}' "$work/app.runs" | median)
    a_p99=$(awk '{print $3}' "$work/app.runs" | median)
    n_p99=$(awk '{print $3}' "$work/nginx.runs" | median)
    errors=$(cat "$work/app.runs" "$work/nginx.runs" | awk '{n+=$4} END {print n+0}')
    file="$files/$name"
    [ "$mode" = gzip ] && [ -f "$file.gz" ] && file="$file.gz"
    bytes=$(stat -c %s "$file")
    share[$mode/$name]=$(awk -v a="$a_rps" -v n="$n_rps" 'BEGIN { printf "%.3f", (n > 0) ? a / n : 0 }')
    ratio=$(awk -v s="${share[$mode/$name]}" 'BEGIN { printf "%.1f%%", 100 * s }')
    printf '%-8s %-14s %8s %10.0f %10.0f %9s %8sms %7sms %7sms %7s\n' "$mode" "$name" "$bytes" "$a_rps" "$n_rps" "$ratio" "$a_p50" "$a_p99" "$n_p99" "$errors"
    total_errors=$((total_errors + errors))
  done
done

rss_kb=$(ps -o rss= -p "$app_pid" | tr -d ' ')
echo
echo "urls: ${urls[*]}"
echo "wrk: $THREADS threads, $CONNECTIONS connections, $DURATION per run, $ROUNDS round(s) (medians); app heap: $HEAP"
echo "nginx $(nginx -v 2>&1 | sed 's/.*\///'): sendfile on, gzip_static on (<name>.gz = the app's gzip bytes)"
echo "app start-up (process start to first 200): ${startup_ms} ms ($(basename "$jar"), $(java -version 2>&1 | head -n 1))"
echo "app RSS after the load: $((rss_kb / 1024)) MB"
echo "errors (non-2xx/3xx and socket errors, app and nginx): $total_errors"

# Goal 3 (issue 13): large responses near the limit of what the server can send.
goal() { # mode minimum -> one line: the shares of / and /api/events?size=500, and whether both reach the minimum
  local mode=$1 min=$2 a=${share[$1/page-timeline]:-} b=${share[$1/timeline]:-}
  [ -n "$a" ] && [ -n "$b" ] || return 0
  local verdict
  verdict=$(awk -v a="$a" -v b="$b" -v m="$min" 'BEGIN { print (a >= m && b >= m) ? "holds" : "MISSED" }')
  printf 'goal %-8s (/ and /api/events?size=500 at >= %.0f%% of nginx): / %.1f%%, /api/events?size=500 %.1f%%: %s\n' \
    "$mode" "$(awk -v m="$min" 'BEGIN { print 100 * m }')" "$(awk -v s="$a" 'BEGIN { print 100 * s }')" \
    "$(awk -v s="$b" 'BEGIN { print 100 * s }')" "$verdict"
}
echo
goal gzip 0.5
goal identity 0.3
