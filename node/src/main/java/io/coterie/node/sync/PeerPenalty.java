package io.coterie.node.sync;

import io.coterie.node.crypto.PublicKey;

/**
 * What happens to a peer that served invalid blocks (bad seals, broken links, wrong bodies, blocks
 * that do not re-execute). The node's adapter disconnects it; the synchroniser also stops asking it
 * for a while.
 */
@FunctionalInterface
public interface PeerPenalty {
  void penalise(PublicKey peer, String reason);
}
