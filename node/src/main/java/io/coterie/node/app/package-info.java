/**
 * Assembling and running a node: {@code NodeConfig}, {@code NodeBuilder} (the only place that calls
 * constructors across packages) {@code Node} (start in order, stop in reverse), and {@code
 * ChainAccess}, the same chain wiring without RPC or block production for offline tools.
 */
package io.coterie.node.app;
