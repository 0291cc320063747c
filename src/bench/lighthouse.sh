#!/usr/bin/env bash
# Lighthouse (mobile, its default simulated throttling) on every page type of a running
# build: performance score, the metrics it is made of, and the DOM size.
#
#   bash src/bench/lighthouse.sh
#   JAR=/path/to/other.jar bash src/bench/lighthouse.sh
#   RUNS=3 bash src/bench/lighthouse.sh     # median score of 3 runs per page
#   PAGES="/ /sources" bash src/bench/lighthouse.sh
#
# Needs npm (installs lighthouse 12.8 into a temporary folder) and Debian's chromium.
# Everything runs on 127.0.0.1 and stops by itself.
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT="${PORT:-18088}"
RUNS="${RUNS:-1}"
CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
export CHROME_PATH
for tool in npm node curl java; do
  command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 1; }
done
[ -x "$CHROME_PATH" ] || { echo "needs chromium at $CHROME_PATH (apt-get install chromium)" >&2; exit 1; }

. src/bench/common.sh
jar=$(bench_jar)
work=$(mktemp -d)
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

LIGHTHOUSE_DIR="${LIGHTHOUSE_DIR:-$work/lh}"
if [ ! -x "$LIGHTHOUSE_DIR/node_modules/.bin/lighthouse" ]; then
  mkdir -p "$LIGHTHOUSE_DIR"
  npm install --prefix "$LIGHTHOUSE_DIR" --no-audit --no-fund --silent lighthouse@12.8 >/dev/null
fi

java -Xmx256m -jar "$jar" --timeline.data-dir="${DATA_DIR:-data}" --server.port="$PORT" --server.address=127.0.0.1 \
  >"$work/app.log" 2>&1 &
app_pid=$!
base="http://127.0.0.1:$PORT"
wait_for_app "$PORT" "$app_pid" "$work/app.log"
event_id=$(curl -fs "$base/api/events?size=1&theme=border" | sed -E 's/.*"content":\[\{"id":"([^"]+)".*/\1/')
theme_id=$(curl -fs "$base/api/themes" | sed -E 's/^\[\{"id":"([^"]+)".*/\1/')
pages=("/" "/?lanes=theme" "/?theme=border&from=1960&to=1969" "/events/$event_id" "/sources" "/sources/fu-2023"
  "/disputes" "/themes/$theme_id" "/periods/split" "/periods/split?lanes=theme" "/periods" "/places"
  "/places/mongolia" "/study" "/study/order?seed=4242" "/study/when?seed=4242" "/study/spot?seed=4242"
  "/study/source?seed=4242" "/study/sheets/split" "/about" "/export/key-dates")
# PAGES="/ /sources" measures only those.
[ -n "${PAGES:-}" ] && read -ra pages <<<"$PAGES"

printf '%-40s %5s %7s %7s %7s %6s %5s %6s\n' "page" "perf" "FCP ms" "LCP ms" "TBT ms" "CLS" "SI s" "DOM"
for page in "${pages[@]}"; do
  curl -fs -o /dev/null "$base$page" || { echo "GET $page failed" >&2; exit 1; }
  : >"$work/scores"
  for run in $(seq 1 "$RUNS"); do
    "$LIGHTHOUSE_DIR/node_modules/.bin/lighthouse" "$base$page" --quiet --only-categories=performance \
      --output=json --output-path="$work/report.json" \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run" >/dev/null 2>&1 \
      || { echo "lighthouse failed on $page" >&2; exit 1; }
    node -e '
      const r = require(process.argv[1]); const a = r.audits;
      const dom = a["dom-size"] && a["dom-size"].numericValue;
      console.log([Math.round(100 * r.categories.performance.score), Math.round(a["first-contentful-paint"].numericValue),
        Math.round(a["largest-contentful-paint"].numericValue), Math.round(a["total-blocking-time"].numericValue),
        a["cumulative-layout-shift"].numericValue.toFixed(3), (a["speed-index"].numericValue / 1000).toFixed(1),
        dom === undefined ? "-" : dom].join(" "));' "$work/report.json" >>"$work/scores"
  done
  read -r perf fcp lcp tbt cls si dom < <(sort -n "$work/scores" | awk -v n="$RUNS" 'NR == int((n + 1) / 2)')
  printf '%-40s %5s %7s %7s %7s %6s %5s %6s\n' "$page" "$perf" "$fcp" "$lcp" "$tbt" "$cls" "$si" "$dom"
done
echo
echo "Lighthouse 12.8, mobile defaults (simulated slow 4G, 4x CPU slowdown), performance only; median of $RUNS run(s) per page"
echo "$(basename "$jar"); chromium $("$CHROME_PATH" --version 2>/dev/null | awk '{print $2}')"
