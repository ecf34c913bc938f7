#!/usr/bin/env bash
# Writes the build's version and commit for `coterie --version` (io.coterie.node.app.Version).
# Usage: build-info.sh VERSION OUT_FILE. The commit is "unknown" where git or the repository is
# absent (a source archive), so the build never depends on git.
set -euo pipefail
version="$1"
out="$2"
commit="$(git -C "$(dirname "$0")/.." rev-parse --short=7 HEAD 2>/dev/null || true)"
if [[ ! "$commit" =~ ^[0-9a-f]{7,}$ ]]; then commit=unknown; fi
mkdir -p "$(dirname "$out")"
printf 'version=%s\ncommit=%s\n' "$version" "$commit" > "$out"
