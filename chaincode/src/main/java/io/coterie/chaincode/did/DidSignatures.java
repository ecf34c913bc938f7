package io.coterie.chaincode.did;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * The reference contract's signed changes: the owner signs, with no message prefix, {@code
 * keccak256(abi.encodePacked(bytes1(0x19), bytes1(0), address(this),
 * nonce[identityOwner(identity)], identity, name, arguments...))}, and the registry checks it with
 * {@code ecrecover}.
 */
final class DidSignatures {
  private DidSignatures() {}

  /** The hash the owner signs for {@code change} of {@code identity} at the owner's nonce. */
  static Word digest(ChainAddress identity, BigInteger ownerNonce, DidChange change) {
    return Word.keccak(
        packed(
            new byte[] {0x19, 0x00},
            DidRegistryPrecompile.ADDRESS.bytes(),
            Word.of(ownerNonce).bytes(),
            identity.bytes(),
            change.name().getBytes(StandardCharsets.UTF_8),
            change.packedArguments()));
  }

  /** {@code parts} one after the other, as {@code abi.encodePacked} lays out its arguments. */
  static byte[] packed(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] out = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, out, at, part.length);
      at += part.length;
    }
    return out;
  }
}
