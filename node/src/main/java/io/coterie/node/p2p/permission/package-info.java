/**
 * Node permissioning: the local allowlist from configuration plus an on-chain list behind the
 * {@link io.coterie.node.p2p.permission.OnChainNodeAllowlist} port, checked right after the RLPx
 * handshake; a peer on neither list is disconnected with USELESS_PEER (0x03; devp2p has no "not
 * permitted" reason). Imports crypto and p2p.peer.
 */
package io.coterie.node.p2p.permission;
