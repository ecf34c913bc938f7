/**
 * The load generator behind {@code scripts/bench.sh}: signs transactions up front, sends them over
 * JSON-RPC (HTTP batches or WebSocket) like any client, watches blocks for their inclusion and
 * prints throughput and latency. It talks to the node only through JSON-RPC, so it measures what a
 * client sees.
 */
package io.coterie.node.loadgen;
