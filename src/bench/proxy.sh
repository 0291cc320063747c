#!/usr/bin/env bash
# Two app instances behind nginx with proxy_cache, as a read-only site is scaled out: checks
# what a shared cache must get right, then stops one instance in the middle of a load and
# counts the requests lost.
#
#   bash src/bench/proxy.sh
#   DURATION=30s bash src/bench/proxy.sh
#   JAR=/path/to/other.jar bash src/bench/proxy.sh
#
# Checks (each prints ok or FAIL, and the script exits 1 if any fails):
#   - pages and JSON are served from the proxy's cache on the second request (X-Cache-Status)
#   - a client's If-None-Match with the ETag gets 304 from the proxy
#   - errors (404 page, problem+json) pass through and are not cached (no-store)
#   - a download keeps its Content-Disposition through the cache
#   - absolute links use timeline.base-url, not the Host or X-Forwarded-Host a client sends
#   - with one instance stopped mid-load (SIGTERM, then SIGKILL), no request fails
#
# Needs wrk, nginx, curl, java. Everything listens on 127.0.0.1 and stops by itself.
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION="${DURATION:-20s}"
PROXY_PORT="${PROXY_PORT:-18180}"
PORT_A="${PORT_A:-18181}"
PORT_B="${PORT_B:-18182}"
HEAP="${HEAP:--Xmx128m}"
for tool in wrk nginx curl java; do
  command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install wrk nginx-light curl)" >&2; exit 1; }
done
. src/bench/common.sh
jar=$(bench_jar)

work=$(mktemp -d)
pids=()
nginx_started=""
cleanup() {
  for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  [ -n "$nginx_started" ] && nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -s stop 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

base="http://127.0.0.1:$PROXY_PORT"
start_app() { # port -> pid in $app_pid
  java $HEAP -jar "$jar" --timeline.data-dir="${DATA_DIR:-data}" --timeline.base-url="$base" \
    --server.port="$1" --server.address=127.0.0.1 >"$work/app-$1.log" 2>&1 &
  app_pid=$!
  pids+=("$app_pid")
}
start_app "$PORT_A"; pid_a=$app_pid
start_app "$PORT_B"; pid_b=$app_pid
wait_for_app "$PORT_A" "$pid_a" "$work/app-$PORT_A.log"
wait_for_app "$PORT_B" "$pid_b" "$work/app-$PORT_B.log"

mkdir -p "$work/nginx/cache" "$work/nginx/tmp"
cat >"$work/nginx/nginx.conf" <<EOF
worker_processes auto; pid $work/nginx/nginx.pid; error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off; sendfile on;
  client_body_temp_path $work/nginx/tmp; proxy_temp_path $work/nginx/tmp; fastcgi_temp_path $work/nginx/tmp;
  uwsgi_temp_path $work/nginx/tmp; scgi_temp_path $work/nginx/tmp;
  proxy_cache_path $work/nginx/cache keys_zone=timeline:10m max_size=200m inactive=10m;
  upstream timeline {
    server 127.0.0.1:$PORT_A max_fails=1 fail_timeout=5s;
    server 127.0.0.1:$PORT_B max_fails=1 fail_timeout=5s;
    keepalive 16;
  }
  server {
    listen 127.0.0.1:$PROXY_PORT;
    location / {
      proxy_pass http://timeline;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_cache timeline;
      proxy_cache_revalidate on;
      proxy_cache_lock on;
      proxy_cache_use_stale error timeout updating http_502 http_503;
      # A GET that fails on one instance (refused, reset, or 502/503 while it stops) is
      # tried on the other.
      proxy_next_upstream error timeout http_502 http_503 http_504;
      proxy_connect_timeout 1s;
      add_header X-Cache-Status \$upstream_cache_status always;
    }
  }
}
EOF
chmod a+rx "$work" && chmod -R a+rwX "$work/nginx" # nginx's workers run as an unprivileged user
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf"
nginx_started=1

failures=0
check() { # description, condition result (0 = ok)
  if [ "$2" -eq 0 ]; then echo "ok    $1"; else echo "FAIL  $1"; failures=$((failures + 1)); fi
}
header() { # url, header name, extra curl args... -> the header's value
  local url="$1" name="$2"
  shift 2
  curl -s -o /dev/null -D - "$@" "$base$url" | tr -d '\r' | awk -v n="$(tr 'A-Z' 'a-z' <<<"$name")" \
    'BEGIN { FS=": " } tolower($1) == n { sub(/^[^:]*: /, ""); print; exit }'
}
status() { curl -s -o /dev/null -w '%{http_code}' "$@"; }

first=$(curl -fs "$base/api/events?size=1") || { echo "nginx does not answer:" >&2; cat "$work/nginx/error.log" >&2; exit 1; }
event_id=$(sed -E 's/.*"content":\[\{"id":"([^"]+)".*/\1/' <<<"$first")
for url in "/" "/events/$event_id" "/api/events?size=500" "/api/events/$event_id" "/sources"; do
  header "$url" X-Cache-Status >/dev/null
  hit=$(header "$url" X-Cache-Status)
  check "GET $url: the second request is a cache hit (X-Cache-Status: $hit)" "$([ "$hit" = HIT ]; echo $?)"
done

etag=$(header "/api/events/$event_id" ETag)
code=$(status -H "If-None-Match: $etag" "$base/api/events/$event_id")
check "If-None-Match $etag on /api/events/$event_id: $code from the proxy" "$([ "$code" = 304 ]; echo $?)"
code=$(status -H 'If-None-Match: "not-it"' "$base/api/events/$event_id")
check "a stale ETag gets the full answer: $code" "$([ "$code" = 200 ]; echo $?)"

for url in "/events/no-such-event" "/api/events/no-such-event" "/api/events?theme=no-such-theme"; do
  # As a browser asks for a page, and a program for JSON.
  accept=text/html
  [[ "$url" == /api/* ]] && accept=application/json
  type=$(header "$url" Content-Type -H "Accept: $accept")
  cache=$(header "$url" X-Cache-Status -H "Accept: $accept")
  code=$(status -H "Accept: $accept" "$base$url")
  expected=404
  [[ "$url" == *"theme="* ]] && expected=400
  want_type=text/html
  [[ "$url" == /api/* ]] && want_type=application/problem+json
  check "GET $url: $code $type, not cached (X-Cache-Status: $cache)" \
    "$([ "$code" = "$expected" ] && [[ "$type" == "$want_type"* ]] && [ "$cache" != HIT ]; echo $?)"
done

header "/export/events.csv" X-Cache-Status >/dev/null
disposition=$(header "/export/events.csv" Content-Disposition)
hit=$(header "/export/events.csv" X-Cache-Status)
check "the CSV download keeps 'Content-Disposition: $disposition' from the cache ($hit)" \
  "$([[ "$disposition" == attachment* ]] && [ "$hit" = HIT ]; echo $?)"

page=$(curl -fs -H "Host: evil.example" -H "X-Forwarded-Host: evil.example" "$base/events/$event_id?sort=date")
json=$(curl -fs -H "Host: evil.example" -H "X-Forwarded-Host: evil.example" "$base/api/events/$event_id")
check "with Host and X-Forwarded-Host evil.example, links use $base" \
  "$(grep -q "evil.example" <<<"$page$json" && echo 1 || { grep -q "$base/events/$event_id" <<<"$page"; echo $?; })"

# Load that the cache cannot answer (every URL new), while one instance stops.
cat >"$work/unique.lua" <<'EOF'
local n = 0
request = function()
  n = n + 1
  local word = tostring(math.random(1, 1000000000)) .. "x" .. n
  if n % 2 == 0 then
    return wrk.format("GET", "/api/events?size=5&q=" .. word)
  end
  return wrk.format("GET", "/?q=" .. word)
end
EOF
seconds=${DURATION%s}
wrk -t2 -c16 -d"$DURATION" --timeout 10s --latency -s "$work/unique.lua" "$base" >"$work/wrk.txt" &
wrk_pid=$!
sleep $((seconds / 3))
kill -TERM "$pid_a"
stopped_at=$(date +%T)
sleep 3
kill -9 "$pid_a" 2>/dev/null || true
wait "$wrk_pid"
requests=$(awk '/requests in/ {print $1}' "$work/wrk.txt")
rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")
p99=$(awk '$1=="99%" {print $2}' "$work/wrk.txt")
lost=$(awk '/Non-2xx or 3xx/ {n+=$NF} /Socket errors/ {gsub(/[^0-9 ]/," "); for(i=1;i<=NF;i++) n+=$i} END {print n+0}' "$work/wrk.txt")
echo
echo "uncacheable load through the proxy: $requests requests in $DURATION ($rps req/s, p99 $p99, wrk timeout 10 s); instance A stopped at $stopped_at"
grep -E "Socket errors|Non-2xx" "$work/wrk.txt" || true
grep -E "upstream|connect\(\)" "$work/nginx/error.log" | sed -E 's/, client:.*//' | sort | uniq -c | sed 's/^/  nginx: /' | head -5 || true
check "no request lost while an instance stopped ($lost errors)" "$([ "$lost" = 0 ]; echo $?)"
code=$(status "$base/api/events?q=after-the-stop")
check "the other instance still answers: $code" "$([ "$code" = 200 ]; echo $?)"
echo
echo "nginx $(nginx -v 2>&1 | sed 's/.*\///') in front of two instances of $(basename "$jar") on 127.0.0.1; $failures failed"
[ "$failures" -eq 0 ]
