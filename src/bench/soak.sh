#!/usr/bin/env bash
# Cache-busting soak (issue 13, goal 2): the app under wrk for a long run in which about a
# quarter of the requests ask for addresses never asked before (valid filter combinations
# on the timeline page and /api/events, some with a search word; see soak.lua) and the
# rest a fixed set of common ones (the timeline, event pages, /sources, /disputes, API
# lists). On 127.0.0.1, with -Xmx128m.
#
#   bash src/bench/soak.sh                        # 5 min, 32 connections, gzip
#   DURATION=30s WARMUP=10s bash src/bench/soak.sh
#   JAR=/path/to/other.jar bash src/bench/soak.sh  # another build, e.g. before a change
#   ENCODING=identity bash src/bench/soak.sh       # without Accept-Encoding: gzip
#   APP_ARGS="--timeline.concurrent-renders=2" bash src/bench/soak.sh
#   UNIQUE=0.25 PAGES=0.5 STATUS=1 ...             # share never seen; of those, share on the page;
#                                                  # count statuses in the soak too (costs wrk CPU)
#
# Steps: start the app, read valid ids from the API, check that every common address and
# a sample of never-seen ones answer 200 (one connection), warm up (WARMUP, default 60 s,
# full load, statuses counted), then the soak, with the app's RSS sampled every RSS_EVERY
# seconds. Prints requests/s, p50/p90/p99/max latency, errors (socket errors, non-2xx/3xx,
# timeouts), the RSS series, GC pauses during the soak, the heap at the end, and whether
# each goal holds: >= 2,000 requests/s, 0 errors, p99 < 100 ms, RSS flat (the last sample
# within 10% of the first after the warm-up). Needs wrk, curl, jq. Everything stops by
# itself.
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION="${DURATION:-5m}"
WARMUP="${WARMUP:-60s}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
TIMEOUT="${TIMEOUT:-2s}"
APP_PORT="${APP_PORT:-18090}"
HEAP="${HEAP:--Xmx128m}"
UNIQUE="${UNIQUE:-0.25}"
PAGES="${PAGES:-0.5}"
ENCODING="${ENCODING:-gzip}"
STATUS="${STATUS:-0}"
RSS_EVERY="${RSS_EVERY:-10}"

for tool in wrk curl jq java; do
  command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install wrk curl jq)" >&2; exit 1; }
done
case "$ENCODING" in
  gzip) encoding=(-H 'Accept-Encoding: gzip') ;;
  identity) encoding=() ;;
  *) echo "ENCODING is gzip or identity" >&2; exit 1 ;;
esac

source src/bench/common.sh
jar=$(bench_jar)
script="$PWD/src/bench/soak.lua"

work=$(mktemp -d)
app_pid=""
sampler_pid=""
cleanup() {
  [ -n "$sampler_pid" ] && kill "$sampler_pid" 2>/dev/null || true
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$app_pid" ] && wait "$app_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

base="http://127.0.0.1:$APP_PORT"
java $HEAP -Xlog:gc:file="$work/gc.log" -jar "$jar" --timeline.data-dir="${DATA_DIR:-data}" \
  --server.port="$APP_PORT" --server.address=127.0.0.1 ${APP_ARGS:-} >"$work/app.log" 2>&1 &
app_pid=$!
wait_for_app "$APP_PORT" "$app_pid" "$work/app.log"

# Valid ids, read from the app itself.
themes=$(curl -fs "$base/api/themes" | jq -r '[.[].id] | join(",")')
periods=$(curl -fs "$base/api/periods" | jq -r '[.[].periods[].id] | join(",")')
years=$(curl -fs "$base/api/events?size=500&sort=date" \
  | jq -r '[.content[].start[0:4] | tonumber] | "\(min),\(max)"')
mapfile -t events < <(curl -fs "$base/api/events?size=500" | jq -r '.content | . as $c | range(0; length; 12) | $c[.].id')
mapfile -t sources < <(curl -fs "$base/api/sources" | jq -r '.[0:3][].id')

# The common addresses; repeats weigh them.
fixed=(/ / / "/?theme=border&from=1960&to=1969" "/?period=split" /sources /disputes /about
  /api/events /api/events "/api/events?size=500" "/api/events?theme=border&from=1960&to=1969"
  /api/themes /api/periods /api/sources /api/disputes)
for id in "${events[@]}"; do fixed+=("/events/$id"); done
for id in "${events[@]:0:10}"; do fixed+=("/api/events/$id"); done
for id in "${sources[@]}"; do fixed+=("/sources/$id"); done
for path in "${fixed[@]}"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "${encoding[@]}" "$base$path")
  [ "$code" = 200 ] || { echo "common address $path answers $code" >&2; exit 1; }
done
args=(pages="$PAGES" themes="$themes" periods="$periods" years="$years")
for path in "${fixed[@]}"; do args+=("fixed=$path"); done

soak_wrk() { # base check connections threads duration unique-share [script args] [-- wrk options] -> wrk's output
  local offset=$1 check=$2 connections=$3 threads=$4 duration=$5 unique=$6 extra=() options=()
  shift 6
  while [ $# -gt 0 ] && [ "$1" != -- ]; do extra+=("$1"); shift; done
  [ $# -gt 0 ] && shift && options=("$@")
  wrk -t"$threads" -c"$connections" -d"$duration" --timeout "$TIMEOUT" "${encoding[@]}" "${options[@]}" -s "$script" "$base" \
    -- "${args[@]}" base="$offset" check="$check" threads="$threads" unique="$unique" "${extra[@]}"
}

echo "app: $(basename "$jar") (pid $app_pid), $HEAP, $(java -version 2>&1 | head -n 1)"
echo "load: $CONNECTIONS connections, $THREADS wrk threads, $DURATION after a $WARMUP warm-up, timeout $TIMEOUT, encoding $ENCODING"
echo "never seen: about $UNIQUE of requests ($PAGES of them on /, the rest /api/events); ${#fixed[@]} common addresses"
echo "filter values: $(tr ',' '\n' <<<"$themes" | wc -l) themes, $(tr ',' '\n' <<<"$periods" | wc -l) periods, years $years"

# Check: only never-seen addresses, one connection, so that a failure names its address.
echo
echo "== check (never-seen addresses only, 1 connection, 10 s)"
soak_wrk 20000000 1 1 1 10s 1 paths=1 | sed -n 's/^RESULT //p' | grep -E '^(requests|statuses|failed|connect)'
# Fixed bases keep the runs' combinations apart: the check from 20,000,000 on, the warm-up
# from 10,000,000, the soak from 0 (the space holds about 29 million).
echo
echo "== warm-up ($WARMUP, full load, statuses counted)"
soak_wrk 10000000 1 "$CONNECTIONS" "$THREADS" "$WARMUP" "$UNIQUE" >"$work/warmup.out"
sed -n 's/^RESULT //p' "$work/warmup.out"
awk '/Requests\/sec/ {print "requests/s", $2}' "$work/warmup.out"

# RSS every RSS_EVERY seconds, from the end of the warm-up.
(
  start=$(date +%s)
  while kill -0 "$app_pid" 2>/dev/null; do
    echo "$(($(date +%s) - start)) $(ps -o rss= -p "$app_pid" | tr -d ' ')"
    sleep "$RSS_EVERY"
  done
) >"$work/rss" &
sampler_pid=$!
gc_before=$(wc -l <"$work/gc.log")

echo
echo "== soak ($DURATION)"
status_check=0
[ "$STATUS" = 1 ] && status_check=1
soak_wrk 0 "$status_check" "$CONNECTIONS" "$THREADS" "$DURATION" "$UNIQUE" -- --latency >"$work/soak.out"
kill "$sampler_pid" 2>/dev/null || true
wait "$sampler_pid" 2>/dev/null || true
sampler_pid=""
echo "$(( $(awk 'END {print $1}' "$work/rss") + RSS_EVERY )) $(ps -o rss= -p "$app_pid" | tr -d ' ')" >>"$work/rss"
grep -v '^RESULT' "$work/soak.out"
eval "$(sed -n 's/^RESULT \([a-z_0-9]*=.*\)/\1/p' "$work/soak.out" | tr ' ' '\n' | grep -E '^[a-z_0-9]+=[0-9.]+$')"
sed -n 's/^RESULT \(statuses\|failed\)/\1/p' "$work/soak.out"

rps=$(awk -v n="$requests" -v us="$duration_us" 'BEGIN { printf "%.0f", n / (us / 1e6) }')
ms() { awk -v us="$1" 'BEGIN { printf "%.1f", us / 1000 }'; }
errors=$((connect + read + write + status + timeout))

echo
echo "== RSS (seconds after the warm-up, MB)"
awk '{printf "%s:%d ", $1, $2 / 1024} END {print ""}' "$work/rss"
rss_first=$(awk 'NR==1 {print $2}' "$work/rss")
rss_last=$(awk 'END {print $2}' "$work/rss")
rss_max=$(awk '$2 > m {m = $2} END {print m}' "$work/rss")
echo "first $((rss_first / 1024)) MB, last $((rss_last / 1024)) MB, max $((rss_max / 1024)) MB"

echo
echo "== GC during the soak"
tail -n +"$((gc_before + 1))" "$work/gc.log" | awk '
  / Pause / && /ms$/ { n++; v = $NF; sub(/ms$/, "", v); t += v; if (v > m) m = v; k[$0 ~ /Full/ ? "full" : "young/mixed/remark"]++ }
  END { printf "%d pauses (", n; for (x in k) printf "%s %d ", x, k[x]; printf "), %.0f ms in all, longest %.1f ms\n", t, m }'
grep -m1 -o 'Using [A-Za-z0-9]*' "$work/gc.log" || true
command -v jcmd >/dev/null && jcmd "$app_pid" GC.heap_info 2>/dev/null | tail -n +2 || true

echo
echo "== app log: $(grep -c -E '^[0-9-]+T[0-9:.]+Z +(ERROR|WARN)' "$work/app.log" || true) ERROR/WARN lines, $(grep -c 'OutOfMemoryError' "$work/app.log" || true) naming OutOfMemoryError"
grep -E '^[0-9-]+T[0-9:.]+Z +(ERROR|WARN)|^[a-z]+(\.[a-zA-Z_$]+)+(Exception|Error)' "$work/app.log" \
  | sed -E 's/^[0-9-]+T[0-9:.]+Z +//; s/[0-9]+ --- \[[^]]*\] \[[^]]*\] //' | cut -c1-200 | sort | uniq -c | sort -rn | head -n 8 || true

echo
echo "== figures"
echo "requests/s: $rps ($requests requests in $(awk -v us="$duration_us" 'BEGIN { printf "%.0f", us / 1e6 }') s, $sent_never_seen never seen, $sent_common common)"
echo "latency: p50 $(ms "$p50_us") ms, p90 $(ms "$p90_us") ms, p99 $(ms "$p99_us") ms, max $(ms "$max_us") ms"
echo "errors: $errors (connect $connect, read $read, write $write, non-2xx/3xx $status, timeouts $timeout)"
verdict() { if [ "$1" = 1 ]; then echo holds; else echo MISSED; fi; }
echo
echo "goal >= 2,000 requests/s: $rps: $(verdict "$(awk -v r="$rps" 'BEGIN { print (r >= 2000) ? 1 : 0 }')")"
echo "goal 0 errors: $errors: $(verdict "$([ "$errors" = 0 ] && echo 1)")"
echo "goal p99 < 100 ms: $(ms "$p99_us") ms: $(verdict "$(awk -v p="$p99_us" 'BEGIN { print (p < 100000) ? 1 : 0 }')")"
echo "goal RSS flat (last within 10% of the first after the warm-up): $((rss_first / 1024)) -> $((rss_last / 1024)) MB: $(verdict "$(awk -v a="$rss_first" -v b="$rss_last" 'BEGIN { print (b <= 1.1 * a) ? 1 : 0 }')")"
