/**
 * Multi-node fault tests: several real nodes (in this JVM, or as child processes) over real sockets
 * and RocksDB, with validators stopped, killed, paused and partitioned; after each scenario every
 * honest node agrees on the block hash and state root at every common height.
 */
package io.coterie.node.network;
