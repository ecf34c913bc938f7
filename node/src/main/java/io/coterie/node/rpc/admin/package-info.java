/**
 * The {@code admin} namespace over the peer layer: connected peers, this node's identity, adding
 * and removing static peers. One class per method, in Besu's shapes.
 *
 * <p>Imports: {@code rpc.json}, {@code rpc.method}, {@code p2p.peer}.
 */
package io.coterie.node.rpc.admin;
