package io.coterie.node.rpc.auth;

import io.coterie.node.crypto.Keccak;
import io.coterie.node.crypto.Secp256k1;
import io.coterie.node.crypto.Signature;
import io.coterie.node.types.Address;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * EIP-191 version 0x45 ("personal_sign", ethers' {@code wallet.signMessage}, web3j's {@code
 * Sign.signPrefixedMessage}): the signer of {@code keccak256("\x19Ethereum Signed Message:\n" +
 * len(message) + message)}.
 */
final class PersonalSign {
  private PersonalSign() {}

  static byte[] hash(String message) {
    byte[] body = message.getBytes(StandardCharsets.UTF_8);
    byte[] prefix =
        ("\u0019Ethereum Signed Message:\n" + body.length).getBytes(StandardCharsets.UTF_8);
    byte[] all = Arrays.copyOf(prefix, prefix.length + body.length);
    System.arraycopy(body, 0, all, prefix.length, body.length);
    return Keccak.hash(all);
  }

  /**
   * The address that signed {@code message}, from a 65-byte {@code r || s || v} hex signature
   * ({@code v} 27/28 or 0/1); empty when the text is no such signature or recovers no key.
   */
  static Optional<Address> signer(String message, String signatureHex) {
    String hex = signatureHex.startsWith("0x") ? signatureHex.substring(2) : signatureHex;
    if (hex.length() != 130) {
      return Optional.empty();
    }
    byte[] bytes;
    try {
      bytes = HexFormat.of().parseHex(hex);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int v = bytes[64] & 0xff;
    int recoveryId = v >= 27 ? v - 27 : v;
    BigInteger r = new BigInteger(1, Arrays.copyOfRange(bytes, 0, 32));
    BigInteger s = new BigInteger(1, Arrays.copyOfRange(bytes, 32, 64));
    if (Signature.problem(r, s, recoveryId).isPresent()) {
      return Optional.empty();
    }
    Signature signature = new Signature(r, s, recoveryId);
    if (!signature.isLowS()) {
      return Optional.empty();
    }
    return Secp256k1.get()
        .recoverPublicKey(hash(message), signature)
        .map(key -> Address.fromPublicKey(key.toBytes()));
  }
}
