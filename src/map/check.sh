#!/usr/bin/env bash
# Checks that the committed map files are exactly what build-map.mjs makes from the pinned
# world-atlas: runs it into target/map-build and compares. `./mvnw verify` runs this (npm is
# there); `./mvnw test` and the app never need it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$root/target/map-build"
rm -rf "$work"
mkdir -p "$work"
cp "$here/package.json" "$here/package-lock.json" "$here/build-map.mjs" "$work/"
cd "$work"
npm ci --ignore-scripts --prefer-offline --no-audit --no-fund --loglevel=error
node build-map.mjs "$work/out" >/dev/null
status=0
for file in static/map/asia.svg static/map/world.svg map/outlines.json; do
  if ! cmp -s "$work/out/$file" "$root/src/main/resources/$file"; then
    echo "src/main/resources/$file is not what src/map/build-map.mjs makes:" \
      "run \`cd src/map && npm ci && node build-map.mjs\` and commit" >&2
    status=1
  fi
done
[ "$status" -ne 0 ] || echo "map files match build-map.mjs"
exit "$status"
