#!/usr/bin/env bash
# Starts a Coterie devnet in the foreground (building first if needed). Arguments go to `coterie devnet`.
set -euo pipefail
exec "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/coterie" devnet "$@"
