#!/usr/bin/env bash
# Installs what the test suite needs beyond Maven: the npm packages of the ethers.js compatibility
# checks and of the demo scenarios.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
command -v node >/dev/null || { apt-get update -q && apt-get install -y -q nodejs npm; }
npm ci --prefix scripts/compat --no-audit --no-fund
npm ci --prefix scripts/demo --no-audit --no-fund
