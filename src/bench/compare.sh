#!/usr/bin/env bash
# Two builds of the app side by side, on 127.0.0.1: both start, then each URL is loaded
# on one and the other in turn (A B A B ...), so that drift on a noisy machine hits both
# alike. Prints the median requests per second and p99 of each, and B as a share of A.
#
#   A=/path/to/before.jar B=target/sino-soviet-timeline-0.1.0-SNAPSHOT.jar bash src/bench/compare.sh
#   ROUNDS=5 DURATION=5s DATA_DIR=data bash src/bench/compare.sh
#   DATA_DIR_A=old/data DATA_DIR_B=data ...   # when the data format changed between the builds
#
# Needs wrk and curl. Both apps stop by themselves at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."

A="${A:?set A to the jar measured first (e.g. the build before a change)}"
B="${B:-$(ls target/sino-soviet-timeline-*.jar | grep -v original | head -n 1)}"
ROUNDS="${ROUNDS:-5}"
DURATION="${DURATION:-5s}"
CONNECTIONS="${CONNECTIONS:-32}"
HEAP="${HEAP:--Xmx128m}"
DATA_DIR="${DATA_DIR:-data}"
DATA_DIR_A="${DATA_DIR_A:-$DATA_DIR}"
DATA_DIR_B="${DATA_DIR_B:-$DATA_DIR}"
PORT_A="${PORT_A:-18091}"
PORT_B="${PORT_B:-18092}"

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

for side in A B; do
  jar=${!side}
  port_var="PORT_$side"
  data_var="DATA_DIR_$side"
  java $HEAP -jar "$jar" --timeline.data-dir="${!data_var}" --server.port="${!port_var}" --server.address=127.0.0.1 \
    >"$work/$side.log" 2>&1 &
  pids+=($!)
done
for side in A B; do
  port_var="PORT_$side"
  for _ in $(seq 1 1200); do
    curl -fs -o /dev/null "http://127.0.0.1:${!port_var}/api/events?size=1" && break
    kill -0 "${pids[$([ "$side" = A ] && echo 0 || echo 1)]}" 2>/dev/null \
      || { echo "build $side did not start:" >&2; tail -20 "$work/$side.log" >&2; exit 1; }
    sleep 0.05
  done
done

event_id=$(curl -fs "http://127.0.0.1:$PORT_A/api/events?size=1" | sed -E 's/.*"content":\[\{"id":"([^"]+)".*/\1/')
urls=("/api/events?size=500" "/api/events?theme=border&from=1960&to=1969" "/api/events/$event_id" "/"
  "/?theme=border&from=1960&to=1969" "/events/$event_id")

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
load() { # port path -> "rps p99_ms"
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$1$2" | awk '
    /Requests\/sec/ {rps=$2}
    $1=="99%" {v=$2; n=v+0; if (v ~ /us$/) n/=1000; else if (v ~ /ms$/) n=n; else if (v ~ /s$/) n*=1000; p99=n}
    END {printf "%.0f %.2f\n", rps, p99}'
}

printf '%-44s %9s %9s %8s %8s %7s\n' "url" "A req/s" "B req/s" "A p99" "B p99" "B/A"
for url in "${urls[@]}"; do
  wrk -t1 -c8 -d2s "http://127.0.0.1:$PORT_A$url" >/dev/null
  wrk -t1 -c8 -d2s "http://127.0.0.1:$PORT_B$url" >/dev/null
  : >"$work/a" ; : >"$work/b"
  for _ in $(seq 1 "$ROUNDS"); do
    load "$PORT_A" "$url" >>"$work/a"
    load "$PORT_B" "$url" >>"$work/b"
  done
  a_rps=$(cut -d' ' -f1 "$work/a" | median); b_rps=$(cut -d' ' -f1 "$work/b" | median)
  a_p99=$(cut -d' ' -f2 "$work/a" | median); b_p99=$(cut -d' ' -f2 "$work/b" | median)
  printf '%-44s %9.0f %9.0f %7sms %7sms %6.1f%%\n' "$url" "$a_rps" "$b_rps" "$a_p99" "$b_p99" \
    "$(awk -v a="$a_rps" -v b="$b_rps" 'BEGIN {print (a > 0) ? 100 * b / a : 0}')"
done
echo "A: $A"
echo "B: $B"
echo "$ROUNDS rounds of $DURATION per URL and build, $CONNECTIONS connections, heap $HEAP, data $DATA_DIR_A / $DATA_DIR_B"
