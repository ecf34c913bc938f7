package io.coterie.node.p2p.protocol;

import io.coterie.node.types.Address;

/**
 * Receives QBFT messages (opaque bytes with their code) on a network thread; the adapter puts them
 * on the QBFT event loop's queue. {@code sender} is the address of the connection's node key, which
 * says who relayed the message, not who signed it: the QBFT core checks the signature.
 */
public interface ConsensusListener {
  void onMessage(Address sender, int code, byte[] message);
}
