#!/usr/bin/env bash
# Runs one demo scenario against a running devnet (start one with scripts/devnet.sh).
# Usage: scripts/demo.sh fashion|beauty|fresh-produce|identity [rpc-url]   (default http://127.0.0.1:8545,
# or $COTERIE_RPC_URL). Each scenario prints what happens and exits non-zero on any failure.
set -euo pipefail
demo="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/demo"
scenario="${1:-}"
case "$scenario" in
  fashion | beauty | fresh-produce | identity) ;;
  *)
    echo "usage: scripts/demo.sh fashion|beauty|fresh-produce|identity [rpc-url]" >&2
    exit 2
    ;;
esac
url="${2:-${COTERIE_RPC_URL:-http://127.0.0.1:8545}}"
command -v node >/dev/null || { echo "demo.sh needs Node.js 18 or later (node not found)" >&2; exit 1; }
if [ ! -d "$demo/node_modules/ethers" ] || [ ! -d "$demo/node_modules/ethr-did-resolver" ]; then
  echo "Installing ethers.js and ethr-did for the demos (npm ci --prefix scripts/demo)..."
  npm ci --prefix "$demo" --no-audit --no-fund >/dev/null
fi
exec node "$demo/$scenario.mjs" "$url"
