#!/usr/bin/env bash
# Benchmarks, outside pass/fail. Prints figures with how they were taken.
#   scripts/bench.sh load [loadgen options]   start a fresh devnet, run the load generator against it, stop it
#   scripts/bench.sh jmh [BenchmarkClass]     JMH micro-benchmarks (decode + recovery, trie commit, block import)
# Load generator options: --transactions N (20000) --batch B (200) --concurrency C (4) --transport http|ws
#   --workload transfers|points --rate TX_PER_S (0: as fast as accepted) --warmup N (unmeasured first run);
#   --validators N (4) and --block-period D (1s) are the devnet's, not the generator's
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mode="${1:-load}"; shift || true
cd "$root"
mvn -B -q -DskipTests -Dspotless.check.skip=true package >&2
cp_main="$root/node/target/coterie-node-0.1.0-SNAPSHOT.jar:$root/node/target/lib/*"
case "$mode" in
  load)
    validators=4; period=1s; loadgen_args=()
    while [ $# -gt 0 ]; do
      case "$1" in
        --validators) validators="$2"; shift 2 ;;
        --block-period) period="$2"; shift 2 ;;
        *) loadgen_args+=("$1"); shift ;;
      esac
    done
    data="$(mktemp -d)"
    http=$((20000 + RANDOM % 20000)); ws=$((http + 1))
    echo "devnet: $validators validator(s) in one process, $period blocks; load sent to node 0" >&2
    echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; node and load generator on the same machine" >&2
    java ${COTERIE_JAVA_OPTS:--XX:+UseParallelGC} -cp "$cp_main" io.coterie.node.cli.CoterieCommand devnet --demo-lot=false --data-path "$data" --validators "$validators" \
      --block-period "$period" --rpc-http-port "$http" --rpc-ws-port "$ws" >"$data.log" 2>&1 &
    node_pid=$!
    trap 'kill $node_pid 2>/dev/null; wait $node_pid 2>/dev/null; rm -rf "$data" "$data.log"' EXIT
    for _ in $(seq 1 120); do
      curl -sf -X POST -H 'Content-Type: application/json' \
        -d '{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}' "http://127.0.0.1:$http" >/dev/null && break
      sleep 0.5
    done
    java -cp "$cp_main" io.coterie.node.loadgen.LoadGenerator --http "http://127.0.0.1:$http" \
      --ws "ws://127.0.0.1:$ws" ${loadgen_args[@]+"${loadgen_args[@]}"}
    ;;
  jmh)
    mvn -B -q -pl node dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/tmp/coterie-bench-cp.txt >&2
    cp_test="$root/node/target/test-classes:$root/node/target/classes:$(cat /tmp/coterie-bench-cp.txt)"
    for bench in ${1:-TransactionRecoveryBenchmark TrieCommitBenchmark BlockImportBenchmark}; do
      java -cp "$cp_test" "io.coterie.node.bench.$bench"
    done
    ;;
  *) echo "usage: scripts/bench.sh load|jmh [options]" >&2; exit 2 ;;
esac
