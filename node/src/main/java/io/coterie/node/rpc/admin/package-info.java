/**
 * The {@code admin} namespace over the peer layer: connected peers, this node's identity, adding
 * and removing static peers; and the log level at runtime. One class per method, in Besu's shapes.
 *
 * <p>Imports: {@code rpc.json}, {@code rpc.method}, {@code p2p.peer}, {@code logging}.
 */
package io.coterie.node.rpc.admin;
