package io.coterie.node.p2p.rlpx;

import io.coterie.node.crypto.PublicKey;
import io.coterie.node.types.Bytes;

/** The recipient's answer: its ephemeral public key, its nonce and its version. */
public record AckMessage(PublicKey ephemeralKey, Bytes recipientNonce, long version) {
  public AckMessage {
    if (recipientNonce.size() != 32) {
      throw new IllegalArgumentException("a nonce is 32 bytes, got " + recipientNonce.size());
    }
  }
}
