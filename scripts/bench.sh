#!/usr/bin/env bash
# Benchmarks, outside pass/fail. Prints figures with how they were taken.
#   scripts/bench.sh external [options]       start a fresh devnet (cold), run the ethers.js load generator
#                                             (scripts/load) against it from outside, stop it
#   scripts/bench.sh caliper [--tps T (200)] [--seconds S (30)]
#                                             start a fresh devnet, run Hyperledger Caliper (scripts/caliper)
#   scripts/bench.sh load [loadgen options]   start a fresh devnet, run the load generator against it, stop it
#   scripts/bench.sh jmh [BenchmarkClass]     JMH micro-benchmarks (decode + recovery, trie commit, block import)
# External options: --workload transfers|points --senders N (200) --per-sender N (150) --batch B (500)
#   --window W (64) --connections C (8) --sustain S --rate R; node scripts/load/load.mjs --help lists them.
# Load generator options: --transactions N (20000) --batch B (200) --concurrency C (4) --transport http|ws
#   --workload transfers|points --rate TX_PER_S (0: as fast as accepted) --warmup N (unmeasured first run);
#   --validators N (4), --block-period D (1s) and --jit-warm-up true|false (true) are the devnet's,
#   not the generator's.
# COTERIE_JAVA_OPTS replaces the node's JVM flags (default -XX:+UseParallelGC, as scripts/coterie);
# COTERIE_JFR=FILE records a JFR profile of the node into FILE.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mode="${1:-load}"; shift || true
cd "$root"
"$root/scripts/coterie" --help >/dev/null   # builds the node first when its jar is missing or stale
# COTERIE_NODE_CP runs another build's node (a copy of node/target's jar and lib/), to compare
# two builds back to back on the same machine.
cp_main="${COTERIE_NODE_CP:-$root/node/target/coterie-node-0.1.0-SNAPSHOT.jar:$root/node/target/lib/*}"
# Starts a fresh devnet as a process of its own, in the background, and waits for its RPC.
# Sets node_pid, http, ws; the trap stops it and removes its data on exit.
start_devnet() {
  data="$(mktemp -d)"
  http=$((20000 + RANDOM % 20000)); ws=$((http + 1))
  local jfr=()
  [ -n "${COTERIE_JFR:-}" ] && jfr=("-XX:StartFlightRecording=filename=$COTERIE_JFR,settings=profile,dumponexit=true")
  local how="JIT warmed up on a throwaway chain at start, as the devnet does by default"
  [ "$warm" = false ] && how="JIT cold: --jit-warm-up false"
  echo "devnet: $validators validator(s) in one process, $period blocks, fresh JVM and data ($how); load sent to node 0" >&2
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; node and load generator on the same machine; load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
  java ${COTERIE_JAVA_OPTS:--XX:+UseParallelGC} ${jfr[@]+"${jfr[@]}"} -cp "$cp_main" io.coterie.node.cli.CoterieCommand devnet --demo-lot=false --data-path "$data" --validators "$validators" \
    --block-period "$period" --jit-warm-up="$warm" --rpc-http-port "$http" --rpc-ws-port "$ws" >"$data.log" 2>&1 &
  node_pid=$!
  trap 'kill $node_pid 2>/dev/null; wait $node_pid 2>/dev/null; rm -rf "$data" "$data.log"' EXIT
  for _ in $(seq 1 240); do
    curl -sf -X POST -H 'Content-Type: application/json' \
      -d '{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}' "http://127.0.0.1:$http" >/dev/null && return 0
    kill -0 "$node_pid" 2>/dev/null || { echo "ERROR: the devnet exited; its log:" >&2; cat "$data.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "ERROR: the devnet's RPC did not answer within 120 s; its log is $data.log" >&2; exit 1
}

validators=4; period=1s; warm=true; args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --validators) validators="$2"; shift 2 ;;
    --block-period) period="$2"; shift 2 ;;
    --jit-warm-up) warm="$2"; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
case "$mode" in
  external)
    scripts/npm-packages.sh scripts/load >&2
    start_devnet
    node scripts/load/load.mjs --rpc "http://127.0.0.1:$http" --node-pid "$node_pid" ${args[@]+"${args[@]}"}
    ;;
  caliper)
    tps=200; seconds=30
    set -- ${args[@]+"${args[@]}"}
    while [ $# -gt 0 ]; do
      case "$1" in
        --tps) tps="$2"; shift 2 ;;
        --seconds) seconds="$2"; shift 2 ;;
        *) echo "unknown caliper option $1 (--tps T, --seconds S)" >&2; exit 2 ;;
      esac
    done
    scripts/npm-packages.sh scripts/caliper >&2
    start_devnet
    node scripts/caliper/prepare.mjs "ws://127.0.0.1:$ws" "http://127.0.0.1:$http" "$tps" "$seconds"
    (cd scripts/caliper && npx --no-install caliper launch manager --caliper-workspace . \
      --caliper-networkconfig networkconfig.json --caliper-benchconfig benchconfig.yaml \
      --caliper-flow-skip-install --caliper-report-path "$data.report.html")
    ;;
  load)
    start_devnet
    java -cp "$cp_main" io.coterie.node.loadgen.LoadGenerator --http "http://127.0.0.1:$http" \
      --ws "ws://127.0.0.1:$ws" --node-pid "$node_pid" ${args[@]+"${args[@]}"}
    ;;
  jmh)
    # -am: the node's sibling modules resolve to their target/classes, so nothing needs installing;
    # each module writes the file in turn and the node, built last, leaves its own classpath.
    mvn -B -q -pl node -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
      -Dmdep.outputFile=/tmp/coterie-bench-cp.txt -Dspotless.check.skip=true >&2
    cp_test="$root/node/target/test-classes:$root/node/target/classes:$(cat /tmp/coterie-bench-cp.txt)"
    for bench in ${args[0]:-TransactionRecoveryBenchmark TrieCommitBenchmark BlockImportBenchmark}; do
      java -cp "$cp_test" "io.coterie.node.bench.$bench"
    done
    ;;
  *) echo "usage: scripts/bench.sh external|caliper|load|jmh [options]" >&2; exit 2 ;;
esac
