#!/usr/bin/env bash
# Collects the licence and notice files each third-party jar ships (META-INF/LICENSE*, NOTICE*, …)
# into OUT/<jar name>/, and lists every jar in OUT/README, for the release archive.
# Usage: licence-notices.sh LIB_DIR OUT_DIR
set -euo pipefail
lib="$1"
out="$2"
rm -rf "$out"
mkdir -p "$out"
{
  echo "Third-party components of this release, one jar each in lib/."
  echo "Each folder here holds the licence and notice files its jar ships."
  echo
} > "$out/README"
for jar in "$lib"/*.jar; do
  name="$(basename "$jar" .jar)"
  case "$name" in coterie-*) continue ;; esac
  echo "$name" >> "$out/README"
  mkdir -p "$out/$name"
  entries="$(unzip -Z1 "$jar" 2>/dev/null | grep -iE '^(META-INF/)?[^/]*(LICEN[CS]E|NOTICE|COPYING)[^/]*$' || true)"
  if [[ -n "$entries" ]]; then
    # shellcheck disable=SC2086
    unzip -q -o -j "$jar" $entries -d "$out/$name"
  else
    echo "The jar ships no licence file; see its project's POM in Maven Central." > "$out/$name/NONE"
  fi
done
