package io.coterie.node.p2p.permission;

import io.coterie.node.crypto.PublicKey;

/**
 * The allowlist kept on chain (enode keys managed by admins through a precompile); the node wires
 * an adapter that reads it at the head. Must be cheap: it is asked once per new connection.
 */
public interface OnChainNodeAllowlist {
  OnChainNodeAllowlist EMPTY = nodeId -> false;

  boolean contains(PublicKey nodeId);
}
