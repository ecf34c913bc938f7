#!/usr/bin/env bash
# Installs the npm packages of the given folders (npm ci): the ethers.js compatibility checks, the
# demo scenarios and the trace page's browser tests for the test suite (generate-test-resources),
# and the trace page's own bundle (through scripts/web-bundle.sh, at process-resources).
# A folder whose node_modules was installed from the same package-lock.json by the same Node.js is
# left alone, so a rebuild does not reinstall (and works offline).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

install_hint="Install Node.js 20 or newer with npm (Debian/Ubuntu: apt-get install nodejs npm, where the\
 distribution ships 20+; otherwise a Node.js 20 package for your system), or skip the tests with -DskipTests."
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "ERROR: the test suite runs ethers.js checks and the demo scenarios, which need Node.js and npm," \
    "and 'node' or 'npm' is not on the PATH. $install_hint" >&2
  exit 1
fi
major="$(node -p 'process.versions.node.split(".")[0]')"
if (( major < 20 )); then
  echo "ERROR: the test suite needs Node.js 20 or newer; 'node' is $(node --version). $install_hint" >&2
  exit 1
fi

for folder in "$@"; do
  dir="$root/$folder"
  [[ -f "$dir/package-lock.json" ]] || { echo "ERROR: $dir/package-lock.json is missing" >&2; exit 1; }
  stamp="$dir/node_modules/.coterie-installed"
  want="$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1) node-$(node --version)"
  if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
    echo "npm packages of $folder are up to date"
    continue
  fi
  echo "npm ci in $folder"
  if ! npm ci --prefix "$dir" --no-audit --no-fund --loglevel=error; then
    echo "ERROR: npm ci failed in $folder: the npm registry must be reachable (or its packages in npm's" \
      "cache); see the npm output above." >&2
    exit 1
  fi
  echo "$want" >"$stamp"
done
