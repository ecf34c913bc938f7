#!/usr/bin/env bash
# Bundles the trace page's proof check (node/src/main/web/src/trace-proof.js and its npm packages:
# @noble/hashes, @noble/curves, @ethereumjs/rlp, @ethereumjs/mpt) with esbuild into one ES module,
# written to the given file (the build passes target/classes/…/assets/trace-proof.js, so the jar
# serves it). The npm packages are installed first by scripts/npm-packages.sh (npm ci from the lock).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:?usage: scripts/web-bundle.sh OUTPUT.js}"
"$root/scripts/npm-packages.sh" node/src/main/web
mkdir -p "$(dirname "$out")"
"$root/node/src/main/web/node_modules/.bin/esbuild" "$root/node/src/main/web/src/trace-proof.js" \
  --bundle --format=esm --minify --target=es2020 --legal-comments=eof --log-level=warning \
  --outfile="$out"
echo "trace page script bundled into $out"
