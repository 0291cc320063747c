#!/usr/bin/env bash
# Benchmark: the app against nginx serving the identical bytes, side by side, on 127.0.0.1.
#
#   bash src/bench/run.sh            # 15 s per run, 32 connections
#   DURATION=5s bash src/bench/run.sh
#   DATA_DIR=src/test/resources/dataset/valid bash src/bench/run.sh
#   JAR=/path/to/other.jar bash src/bench/run.sh   # another build, e.g. before a change
#
# Needs wrk and nginx (apt-get install wrk nginx-light). Prints requests per second,
# p50/p99 latency and the app/nginx ratio for each URL, the app's start-up time (process
# start to first 200) and its RSS after the load. Everything stops by itself.
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION="${DURATION:-15s}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
APP_PORT="${APP_PORT:-18080}"
NGINX_PORT="${NGINX_PORT:-18081}"
HEAP="${HEAP:--Xmx128m}"

for tool in wrk nginx curl java; do
  command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install wrk nginx-light curl)" >&2; exit 1; }
done

jar="${JAR:-$(ls target/sino-soviet-timeline-*.jar 2>/dev/null | grep -v original | head -n 1 || true)}"
if [ -z "$jar" ]; then
  ./mvnw -q -B package -DskipTests
  jar=$(ls target/sino-soviet-timeline-*.jar | grep -v original | head -n 1)
fi

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
for _ in $(seq 1 1200); do
  if curl -fs -o /dev/null "http://127.0.0.1:$APP_PORT/api/events?size=1"; then break; fi
  kill -0 "$app_pid" 2>/dev/null || { echo "the app did not start:" >&2; tail -30 "$work/app.log" >&2; exit 1; }
  sleep 0.05
done
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

# nginx serves the very same bytes as static files.
mkdir -p "$work/nginx/files" "$work/nginx/tmp"
{
  echo "worker_processes auto; pid $work/nginx/nginx.pid; error_log $work/nginx/error.log;"
  echo "events { worker_connections 1024; }"
  echo "http { access_log off; sendfile on; tcp_nopush on; client_body_temp_path $work/nginx/tmp; proxy_temp_path $work/nginx/tmp;"
  echo "  fastcgi_temp_path $work/nginx/tmp; uwsgi_temp_path $work/nginx/tmp; scgi_temp_path $work/nginx/tmp;"
  echo "  server { listen 127.0.0.1:$NGINX_PORT; root $work/nginx/files;"
  for i in "${!names[@]}"; do
    curl -fs "http://127.0.0.1:$APP_PORT${urls[$i]}" -o "$work/nginx/files/${names[$i]}"
    echo "    location = /bench/${names[$i]} { default_type ${types[$i]}; try_files /${names[$i]} =404; }"
  done
  echo "  }"
  echo "}"
} >"$work/nginx/nginx.conf"
chmod -R a+rX "$work" # nginx's workers run as an unprivileged user
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf"
nginx_started=1
for i in "${!names[@]}"; do
  cmp -s <(curl -fs "http://127.0.0.1:$NGINX_PORT/bench/${names[$i]}") "$work/nginx/files/${names[$i]}" \
    || { echo "nginx does not serve ${names[$i]} correctly" >&2; exit 1; }
done

run() { # url -> "rps p50_ms p99_ms errors"
  local out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$1")
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

# Warm both up (JIT, caches), then measure the app and nginx alternately for each URL.
for i in "${!names[@]}"; do
  wrk -t1 -c8 -d3s "http://127.0.0.1:$APP_PORT${urls[$i]}" >/dev/null
done
printf '\n%-14s %8s %10s %10s %9s %9s %8s %8s %7s\n' "what" "bytes" "app req/s" "nginx r/s" "app/nginx" "app p50" "app p99" "ngx p99" "errors"
total_errors=0
for i in "${!names[@]}"; do
  read -r a_rps a_p50 a_p99 a_err <<<"$(run "http://127.0.0.1:$APP_PORT${urls[$i]}")"
  read -r n_rps n_p50 n_p99 n_err <<<"$(run "http://127.0.0.1:$NGINX_PORT/bench/${names[$i]}")"
  bytes=$(stat -c %s "$work/nginx/files/${names[$i]}")
  ratio=$(awk -v a="$a_rps" -v n="$n_rps" 'BEGIN { printf "%.1f%%", (n > 0) ? 100 * a / n : 0 }')
  printf '%-14s %8s %10.0f %10.0f %9s %8sms %7sms %7sms %7s\n' "${names[$i]}" "$bytes" "$a_rps" "$n_rps" "$ratio" "$a_p50" "$a_p99" "$n_p99" "$((a_err + n_err))"
  total_errors=$((total_errors + a_err + n_err))
done

rss_kb=$(ps -o rss= -p "$app_pid" | tr -d ' ')
echo
echo "urls: ${urls[*]}"
echo "wrk: $THREADS threads, $CONNECTIONS connections, $DURATION per run; app heap: $HEAP"
echo "app start-up (process start to first 200): ${startup_ms} ms ($(basename "$jar"), $(java -version 2>&1 | head -n 1))"
echo "app RSS after the load: $((rss_kb / 1024)) MB"
echo "errors (non-2xx/3xx and socket errors, app and nginx): $total_errors"
