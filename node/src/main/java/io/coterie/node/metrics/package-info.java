/**
 * The Prometheus endpoint: {@code MetricsServer} serves {@code /metrics} over HTTP, and {@code
 * NodeCollectors} / {@code ConsensusCollectors} export the counters the node already keeps (QBFT,
 * P2P, chain head, pool, sync) as callbacks read at scrape time, so no value is copied or goes
 * stale. May import every node package below it (chain, txpool, p2p, consensus, sync, rpc); only
 * {@code app} imports it.
 */
package io.coterie.node.metrics;
