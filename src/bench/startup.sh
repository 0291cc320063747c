#!/usr/bin/env bash
# Start-up time, process start to the first 200, in four ways of running the same build:
#
#   fat jar                      java -jar target/app.jar
#   extracted                    java -Djarmode=tools -jar app.jar extract, then java -jar
#   extracted + AOT              the same with -Dspring.aot.enabled=true (the build runs
#                                spring-boot:process-aot, so the jar holds the AOT code)
#   extracted + AOT + CDS        the same with a class-data-sharing archive made by one
#                                training run (-XX:ArchiveClassesAtExit, spring.context.exit=onRefresh)
#   ... + C1 only                the same with -XX:TieredStopAtLevel=1: on 2 cores the C2
#                                compiler threads compete with start-up; costs peak speed
#
#   bash src/bench/startup.sh          # 5 runs of each, prints every run and the median
#   RUNS=3 bash src/bench/startup.sh
#
# The last two lines of each mode are the recipe to copy. Everything runs on 127.0.0.1 and stops.
set -euo pipefail
cd "$(dirname "$0")/../.."

RUNS="${RUNS:-5}"
PORT="${PORT:-18090}"
DATA_DIR="${DATA_DIR:-data}"

jar=$(ls target/sino-soviet-timeline-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
if [ -z "$jar" ]; then
  ./mvnw -q -B package -DskipTests
  jar=$(ls target/sino-soviet-timeline-*.jar | grep -v original | head -n 1)
fi
work=$(mktemp -d)
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

java -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
extracted="$work/app/$(basename "$jar")"
data="$(cd "$DATA_DIR" && pwd)"

first200() { # java args... -> milliseconds from process start to the first 200
  local start_ns
  start_ns=$(date +%s%N)
  java "$@" --server.port="$PORT" --server.address=127.0.0.1 --timeline.data-dir="$data" >"$work/app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 1200); do
    if curl -fs -o /dev/null "http://127.0.0.1:$PORT/api/events?size=1"; then break; fi
    kill -0 "$app_pid" 2>/dev/null || { echo "the app did not start:" >&2; tail -20 "$work/app.log" >&2; exit 1; }
    sleep 0.02
  done
  echo $(( ($(date +%s%N) - start_ns) / 1000000 ))
  kill "$app_pid"
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
}

measure() { # name, java args...
  local name="$1"
  shift
  local times=()
  for _ in $(seq 1 "$RUNS"); do
    times+=("$(first200 "$@")")
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  printf '%-24s median %5d ms   runs: %s\n' "$name" "$median" "${times[*]}"
  grep -oE 'Loaded .*' "$work/app.log" | sed 's/^/                         /'
}

echo "$(java -version 2>&1 | head -n 1); $(nproc) cores; $RUNS runs each"
measure "fat jar" -jar "$jar"
measure "extracted" -jar "$extracted"
measure "extracted + AOT" -Dspring.aot.enabled=true -jar "$extracted"
# One training run writes the class-data-sharing archive; it stops once the context is refreshed.
java -XX:ArchiveClassesAtExit="$work/app.jsa" -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh \
  -jar "$extracted" --timeline.data-dir="$data" >"$work/training.log" 2>&1
measure "extracted + AOT + CDS" -XX:SharedArchiveFile="$work/app.jsa" -Dspring.aot.enabled=true -jar "$extracted"
measure "extracted + AOT + CDS + C1" -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile="$work/app.jsa" \
  -Dspring.aot.enabled=true -jar "$extracted"
echo
echo "recipe (AOT + CDS):"
echo "  java -Djarmode=tools -jar $jar extract --destination app"
echo "  java -XX:ArchiveClassesAtExit=app/app.jsa -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh -jar app/$(basename "$jar")"
echo "  java -XX:SharedArchiveFile=app/app.jsa -Dspring.aot.enabled=true -jar app/$(basename "$jar")"
