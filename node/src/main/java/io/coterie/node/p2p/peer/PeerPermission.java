package io.coterie.node.p2p.peer;

import io.coterie.node.crypto.PublicKey;

/**
 * Whether this node talks to a peer, asked right after the RLPx handshake authenticated its key.
 * Node permissioning implements it; without permissioning the node wires {@link #ALL}.
 */
public interface PeerPermission {
  PeerPermission ALL = nodeId -> true;

  boolean permits(PublicKey nodeId);
}
