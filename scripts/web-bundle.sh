#!/usr/bin/env bash
# Bundles the pages' scripts with esbuild, each into one ES module in the given folder (the build
# passes target/classes/…/assets, so the jar serves them): the trace page's proof check
# (node/src/main/web/src/trace-proof.js, with @noble/hashes, @noble/curves, @ethereumjs/rlp,
# @ethereumjs/mpt) and the member page (member.js, with @noble/hashes and @noble/curves). The npm
# packages are installed first by scripts/npm-packages.sh (npm ci from the lock).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:?usage: scripts/web-bundle.sh OUTPUT-FOLDER}"
"$root/scripts/npm-packages.sh" node/src/main/web
mkdir -p "$out"
for page in trace-proof member; do
  "$root/node/src/main/web/node_modules/.bin/esbuild" "$root/node/src/main/web/src/$page.js" \
    --bundle --format=esm --minify --target=es2020 --legal-comments=eof --log-level=warning \
    --outfile="$out/$page.js"
done
echo "page scripts bundled into $out"
