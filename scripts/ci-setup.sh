#!/usr/bin/env bash
# Installs Node.js and npm where the machine lacks them; the Maven build installs the npm packages
# the tests need itself (scripts/npm-packages.sh at generate-test-resources).
set -euo pipefail
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  apt-get update -q && apt-get install -y -q nodejs npm
fi
# The trace page's browser tests drive Debian's chromium with puppeteer-core (which downloads no
# browser of its own).
if ! command -v chromium >/dev/null; then
  apt-get update -q && apt-get install -y -q chromium
fi
