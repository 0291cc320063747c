# Shared by the scripts in src/bench (sourced, not run).

# The jar to measure: $JAR, else the one in target/, built if there is none.
bench_jar() {
  local jar="${JAR:-$(ls target/sino-soviet-timeline-*.jar 2>/dev/null | grep -v original | head -n 1 || true)}"
  if [ -z "$jar" ]; then
    ./mvnw -q -B package -DskipTests >&2
    jar=$(ls target/sino-soviet-timeline-*.jar | grep -v original | head -n 1)
  fi
  echo "$jar"
}

# Waits until the app on port $1 (process $2, log $3) answers 200; stops the script if it
# exits or takes more than 2 minutes.
wait_for_app() {
  local port=$1 pid=$2 log=$3
  for _ in $(seq 1 2400); do
    if curl -fs -o /dev/null "http://127.0.0.1:$port/api/events?size=1"; then return 0; fi
    kill -0 "$pid" 2>/dev/null || { echo "the app did not start:" >&2; tail -30 "$log" >&2; exit 1; }
    sleep 0.05
  done
  echo "the app did not answer within 2 minutes" >&2
  exit 1
}
