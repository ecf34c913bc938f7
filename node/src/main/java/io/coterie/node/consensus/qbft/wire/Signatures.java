package io.coterie.node.consensus.qbft.wire;

import io.coterie.node.consensus.qbft.message.Payload;
import io.coterie.node.crypto.Keccak;
import io.coterie.node.crypto.Secp256k1;
import io.coterie.node.crypto.Signature;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import java.util.Optional;

/** Signing hashes and signer recovery for messages and commit seals. */
public final class Signatures {
  private Signatures() {}

  /**
   * {@code keccak256(code || rlp(payload))}: the code separates message types, so a signature on
   * one type can never be replayed as another.
   */
  static byte[] signingHash(Payload payload) {
    return signingHash(PayloadCodec.code(payload), PayloadCodec.encode(payload));
  }

  /** The signing hash of a payload as it arrived, before it is decoded. */
  static byte[] signingHash(QbftMessageCode type, byte[] encodedPayload) {
    byte[] input = new byte[encodedPayload.length + 1];
    input[0] = (byte) type.code();
    System.arraycopy(encodedPayload, 0, input, 1, encodedPayload.length);
    return Keccak.hash(input);
  }

  /** Who signed {@code hash}, or empty when the signature is malformed or recovers no key. */
  public static Optional<Address> recover(Hash hash, Bytes signature65) {
    return recover(hash.toArray(), signature65);
  }

  static Optional<Address> recover(byte[] hash, Bytes signature65) {
    if (signature65.size() != 65) {
      return Optional.empty();
    }
    Signature signature;
    try {
      signature = Signature.fromBytes65(signature65.toArray());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (!signature.isLowS()) {
      return Optional.empty();
    }
    return Secp256k1.get()
        .recoverPublicKey(hash, signature)
        .map(key -> Address.fromPublicKey(key.toBytes()));
  }
}
