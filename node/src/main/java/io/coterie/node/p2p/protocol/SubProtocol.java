package io.coterie.node.p2p.protocol;

import io.coterie.node.p2p.rlpx.Capability;

/**
 * A capability carried over RLPx after the base protocol. The peer layer gives each negotiated
 * sub-protocol a range of message ids ({@link #messageCount()} wide, ordered by capability name)
 * and calls it on the connection's event-loop thread, so {@link #handle} must not block.
 */
public interface SubProtocol {
  Capability capability();

  /** Message codes are {@code 0 .. messageCount() - 1}. */
  int messageCount();

  /** Largest uncompressed payload accepted for {@code code}; larger ones disconnect the peer. */
  int maxMessageSize(int code);

  void onPeerConnected(PeerLink peer);

  /**
   * Handles one message. Throwing {@link io.coterie.node.rlp.RlpException} or {@link
   * IllegalArgumentException} for malformed input disconnects the peer with PROTOCOL_BREACH.
   */
  void handle(PeerLink peer, int code, byte[] payload);

  void onPeerDisconnected(PeerLink peer);

  /** Stops what the protocol runs besides the network threads; the peer manager calls it last. */
  default void close() {}
}
