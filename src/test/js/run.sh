#!/usr/bin/env bash
# Runs check.mjs against the app: installs the npm tools here (citeproc, TimelineJS 3,
# puppeteer-core, which uses Debian's /usr/bin/chromium and never downloads a browser),
# starts the packaged app on a free local port with the curated data, checks it, then checks
# the data package with ../datapackage/validate.mjs, and stops it.
# Needs the jar: run after `./mvnw verify` (or `./mvnw -DskipTests package`).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
cd "$here"
PUPPETEER_SKIP_DOWNLOAD=1 npm ci --ignore-scripts --no-audit --no-fund --loglevel=error

jar="$(ls "$root"/target/sino-soviet-timeline-*.jar 2>/dev/null | grep -v plain | head -n1 || true)"
[ -n "$jar" ] || { echo "No jar in target/: run ./mvnw -DskipTests package first" >&2; exit 1; }
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
log="$(mktemp)"
(cd "$root" && exec java -jar "$jar" --server.port="$port" --server.address=127.0.0.1 \
  --timeline.data-dir="${TIMELINE_DATA_DIR:-data}") >"$log" 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 120); do
  if curl -fs -o /dev/null "http://127.0.0.1:$port/api/themes"; then break; fi
  kill -0 "$app" 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.5
done
status=0
node check.mjs "http://127.0.0.1:$port" || status=1
# The data package, with Frictionless's own validator (datapackage-js), from its own folder.
(cd "$root/src/test/datapackage" \
  && npm ci --ignore-scripts --prefer-offline --no-audit --no-fund --loglevel=error \
  && node validate.mjs "http://127.0.0.1:$port") || status=1
exit "$status"
