package io.coterie.node.consensus.qbft.adapter;

import io.coterie.node.crypto.PublicKey;

/**
 * Told when a peer shows a block further ahead than head + 1: blocks {@code fromNumber .. toNumber}
 * are missing here. The sync component implements it (download headers and bodies, check seals,
 * re-execute, import); called on a network thread, so it must hand the work off and return.
 */
@FunctionalInterface
public interface ChainGapListener {
  ChainGapListener NONE = (fromNumber, toNumber, peer) -> {};

  void onGap(long fromNumber, long toNumber, PublicKey peer);
}
