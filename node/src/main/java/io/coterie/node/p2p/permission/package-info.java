/**
 * Node permissioning: the local allowlist from configuration plus an on-chain list behind the
 * {@link io.coterie.node.p2p.permission.OnChainNodeAllowlist} port (the NodeRules precompile at
 * {@code 0x…1006}, read at the head), checked right after the RLPx handshake; a peer on neither
 * list is disconnected with USELESS_PEER (0x03; devp2p has no "not permitted" reason). The lists
 * are a union: the on-chain list only ever adds peers, so while it is empty the local list alone
 * decides, and a network adopts the on-chain list without locking anyone out. When a block takes a
 * key off the on-chain list, connected peers are checked again and those on neither list are
 * disconnected. Imports crypto and p2p.peer.
 */
package io.coterie.node.p2p.permission;
