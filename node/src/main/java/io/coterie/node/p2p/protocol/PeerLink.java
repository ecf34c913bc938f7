package io.coterie.node.p2p.protocol;

import io.coterie.node.crypto.PublicKey;
import io.coterie.node.p2p.rlpx.Capability;
import io.coterie.node.p2p.rlpx.DisconnectReason;
import io.coterie.node.types.Address;
import java.util.List;

/** A connected peer as a sub-protocol sees it. Safe to call from any thread. */
public interface PeerLink {
  PublicKey nodeId();

  /** The account address of the node key, which QBFT uses to name validators. */
  default Address address() {
    return Address.fromPublicKey(nodeId().toBytes());
  }

  /** The capabilities both sides share, one version per name. */
  List<Capability> capabilities();

  /**
   * Queues one message of {@code capability} for the peer. False when the peer is gone, did not
   * negotiate the capability, or the message is over its limit (nothing is sent then).
   */
  boolean send(Capability capability, int code, byte[] payload);

  void disconnect(DisconnectReason reason);

  /**
   * Scores {@code offence} against the peer, disconnecting it and barring it from reconnecting for
   * a while once its score reaches {@link Offence#LIMIT}. Safe to call from any thread.
   */
  void penalise(Offence offence, String why);
}
