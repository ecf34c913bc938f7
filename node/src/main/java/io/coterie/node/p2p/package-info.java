/**
 * Peer-to-peer networking: RLPx transport ({@code .rlpx}), peer lifecycle ({@code .peer}),
 * sub-protocols for gossip, sync and QBFT messages ({@code .protocol}) and node permissioning
 * ({@code .permission}). Imports rlp, crypto and types; the chain, pool and consensus reach it
 * through the ports of {@code .protocol}, which the node wires.
 */
package io.coterie.node.p2p;
