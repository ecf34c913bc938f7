package io.coterie.node.p2p.peer;

import io.coterie.node.crypto.PublicKey;
import io.coterie.node.p2p.rlpx.Capability;
import io.coterie.node.p2p.rlpx.DisconnectReason;
import java.util.List;

/** Peer lifecycle callbacks, on a network thread: keep them short. */
public interface PeerListener {
  void onConnected(PublicKey nodeId, List<Capability> capabilities);

  /**
   * A connection whose handshake authenticated {@code nodeId} ended. {@code wasActive} is false
   * when it ended before the peer was admitted (refused, duplicate, permission, bad Hello).
   */
  void onDisconnected(PeerDisconnected event);

  /** Why a connection to a known node ended, and which side said so. */
  record PeerDisconnected(
      PublicKey nodeId, DisconnectReason reason, boolean byRemote, boolean wasActive) {}
}
