package io.coterie.node.consensus.qbft.message;

import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import java.util.Objects;

/**
 * A payload with its author's 65-byte secp256k1 signature over {@code keccak256(code ||
 * rlp(payload))}. {@code author} is always the address recovered from that signature (the wire
 * codec and the signer are the only places that build one), never a claim of the sender.
 */
public record SignedMessage<P extends Payload>(P payload, Bytes signature, Address author) {
  public SignedMessage {
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(author, "author");
    if (signature.size() != 65) {
      throw new IllegalArgumentException("a signature is 65 bytes, got " + signature.size());
    }
  }

  public ConsensusRound round() {
    return payload.round();
  }
}
