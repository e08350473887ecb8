#!/usr/bin/env bash
# Regenerates dyad-app/src/main/resources/public/countries.geojson (the dashboard's map outlines)
# from the world-atlas npm package (versions pinned in package.json / package-lock.json).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/dyad-app/src/main/resources/public/countries.geojson"

cd "$here"
if [[ -f package-lock.json ]]; then
  npm ci --no-audit --no-fund
else
  npm install --no-audit --no-fund
fi

node build.js "$out"
echo "wrote $(wc -c < "$out" | tr -d ' ') bytes to ${out#"$root"/}"
