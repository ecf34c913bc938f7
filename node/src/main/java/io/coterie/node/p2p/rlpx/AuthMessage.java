package io.coterie.node.p2p.rlpx;

import io.coterie.node.crypto.PublicKey;
import io.coterie.node.crypto.Signature;
import io.coterie.node.types.Bytes;

/**
 * The initiator's first handshake message: a signature by its ephemeral key over {@code ecdh(static
 * keys) xor nonce}, its static public key, its nonce and its version.
 */
public record AuthMessage(
    Signature signature, PublicKey initiatorKey, Bytes initiatorNonce, long version) {
  public AuthMessage {
    if (initiatorNonce.size() != 32) {
      throw new IllegalArgumentException("a nonce is 32 bytes, got " + initiatorNonce.size());
    }
  }
}
