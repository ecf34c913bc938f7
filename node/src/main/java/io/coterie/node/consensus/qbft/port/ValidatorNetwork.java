package io.coterie.node.consensus.qbft.port;

import io.coterie.node.types.Address;

/**
 * Sends encoded QBFT messages to other validators. The local node handles its own messages
 * directly, so implementations need not (and should not) loop them back. Sending never blocks the
 * consensus thread: implementations queue and drop (counted) when a peer is slow.
 */
public interface ValidatorNetwork {
  /** Sends to every connected validator of the current height. */
  void multicast(int messageCode, byte[] data);

  /** Sends to one validator, if connected. */
  void send(Address validator, int messageCode, byte[] data);

  /**
   * Reports that the peer named by {@code sender} (the address of its node key) sent a message
   * showing {@code misconduct}; the network scores it and may disconnect it. Never blocks.
   */
  void penalise(Address sender, Misconduct misconduct, String detail);
}
