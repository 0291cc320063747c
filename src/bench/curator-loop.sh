#!/usr/bin/env bash
# The curator's loop under ./mvnw spring-boot:run: save a file in the data folder, refresh
# the page. Times, from the save to the first 200 that shows the change:
#
#   edit       an event's new title (EDITS edits; every run and the median)
#   broken     a file with an unknown key: until its problem list is in the log (and the
#              page must never show the broken file's title)
#   recovery   the fix of that file: until the page shows the fixed title
#
#   bash src/bench/curator-loop.sh              # MODE=devtools if the pom has DevTools
#   MODE=manual bash src/bench/curator-loop.sh  # the loop without DevTools: stop, start again
#   EDITS=5 PORT=18095 bash src/bench/curator-loop.sh
#   LOG=/tmp/loop.log bash src/bench/curator-loop.sh     # keep the app's log
#
# It runs on a copy of data/ in a temporary folder (--timeline.data-dir), so data/ is never
# touched, on 127.0.0.1 only, each wait bounded, and stops the Maven process group it
# started.
set -euo pipefail
cd "$(dirname "$0")/../.."

EDITS="${EDITS:-3}"
PORT="${PORT:-18095}"
EVENT="${EVENT:-1950-01-02-stalin-agrees-to-new-treaty}"
WAIT_S="${WAIT_S:-180}"
if [ -z "${MODE:-}" ]; then
  if grep -q '<artifactId>spring-boot-devtools</artifactId>' pom.xml; then MODE=devtools; else MODE=manual; fi
fi

work=$(mktemp -d)
cp -r data "$work/data"
file=$(find "$work/data/events" -name "$EVENT.yaml" | head -n 1)
[ -n "$file" ] || { echo "no event $EVENT in data/events" >&2; exit 1; }
cp "$file" "$work/original.yaml"
url="http://127.0.0.1:$PORT/events/$EVENT"
log="$work/app.log"
pgid=""

stop_app() {
  [ -n "$pgid" ] || return 0
  kill -TERM -- "-$pgid" 2>/dev/null || true
  for _ in $(seq 1 400); do
    kill -0 -- "-$pgid" 2>/dev/null || break
    sleep 0.05
  done
  kill -KILL -- "-$pgid" 2>/dev/null || true
  pgid=""
}
cleanup() {
  stop_app
  if [ -n "${LOG:-}" ]; then cp "$log" "$LOG" || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start_app() { # in its own process group (setsid), so that stop_app reaches the forked JVM
  setsid ./mvnw -q -o -B spring-boot:run \
    -Dspring-boot.run.arguments="--server.port=$PORT --server.address=127.0.0.1 --timeline.data-dir=$work/data" \
    >>"$log" 2>&1 </dev/null &
  pgid=$!
}

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

serves() { # title -> true when the page answers 200 with that title
  local code
  code=$(curl -s -o "$work/page.html" -w '%{http_code}' "$url" 2>/dev/null || true)
  [ "$code" = "200" ] && grep -qF "$1" "$work/page.html"
}

wait_for_title() { # title, since (ms) -> prints the milliseconds from since to the first 200 with it
  local deadline=$(( $(now_ms) + WAIT_S * 1000 ))
  until serves "$1"; do
    if [ "$(now_ms)" -gt "$deadline" ]; then
      echo "the page did not show '$1' within $WAIT_S s; the log ends:" >&2
      tail -40 "$log" >&2
      exit 1
    fi
    sleep 0.05
  done
  echo $(( $(now_ms) - $2 ))
}

write_event() { # title, extra line (or "")
  {
    sed "s/^title: .*/title: $1/" "$work/original.yaml"
    [ -z "$2" ] || echo "$2"
  } >"$file.tmp"
  mv "$file.tmp" "$file" # one atomic save, as editors do
}

save() { # title, extra line; sets saved (ms). Without DevTools, the curator restarts by hand.
  write_event "$1" "$2"
  saved=$(now_ms)
  if [ "$MODE" = manual ]; then
    stop_app
    start_app
  fi
}

median() {
  printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'
}

echo "mode: $MODE, $EDITS edits of $EVENT, on 127.0.0.1:$PORT"
start=$(now_ms)
start_app
first=$(wait_for_title "$(sed -n 's/^title: //p' "$work/original.yaml")" "$start")
echo "first start (compiles first): $first ms"

edits=()
for i in $(seq 1 "$EDITS"); do
  title="Curator loop edit $i $RANDOM"
  save "$title" ""
  ms=$(wait_for_title "$title" "$saved")
  edits+=("$ms")
  echo "edit $i: $ms ms"
  sleep 1
done

# A broken save: the problem list must reach the log, and the broken title never the page.
broken="Curator loop broken $RANDOM"
lines_before=$(wc -l <"$log")
save "$broken" "sumary: a misspelt key"
deadline=$(( $(now_ms) + WAIT_S * 1000 ))
until tail -n +"$((lines_before + 1))" "$log" | grep -q "1 problem in the data\."; do
  if [ "$(now_ms)" -gt "$deadline" ]; then
    echo "no problem list in the log within $WAIT_S s; the log ends:" >&2
    tail -40 "$log" >&2
    exit 1
  fi
  if serves "$broken"; then echo "FAIL: the page served the broken file's title" >&2; exit 1; fi
  sleep 0.05
done
listed=$(( $(now_ms) - saved ))
report=$(tail -n +"$((lines_before + 1))" "$log")
echo "broken: problem list in the log after $listed ms:"
echo "$report" | grep -F "unknown key 'sumary'" | sed 's/^/    /'
if echo "$report" | grep -q $'^\tat '; then echo "FAIL: a stack trace in the log" >&2; exit 1; fi
for _ in $(seq 1 20); do # 1 s more: nothing of the broken data is served
  if serves "$broken"; then echo "FAIL: the page served the broken file's title" >&2; exit 1; fi
  sleep 0.05
done
code=$(curl -s -o /dev/null -w '%{http_code}' "$url" 2>/dev/null || true)
echo "broken: the page answers ${code/000/nothing (no server)} and never showed the broken title"
if [ "$MODE" = devtools ] && ! kill -0 "$pgid" 2>/dev/null; then
  echo "FAIL: spring-boot:run stopped on the broken data" >&2
  exit 1
fi

fixed="Curator loop fixed $RANDOM"
save "$fixed" ""
recovery=$(wait_for_title "$fixed" "$saved")
echo "recovery: $recovery ms"
if [ "$MODE" = devtools ]; then
  restarts=$(grep -c "Restarting due to" "$log" || true)
  echo "one spring-boot:run throughout, $restarts DevTools restarts"
fi
echo "the app's own start-up times (s): $(grep -o 'Started TimelineApplication in [0-9.]*' "$log" | awk '{ printf "%s ", $4 }')"

echo
echo "figures ($MODE): edit median $(median "${edits[@]}") ms (runs: ${edits[*]}), problem list $listed ms, recovery $recovery ms"
