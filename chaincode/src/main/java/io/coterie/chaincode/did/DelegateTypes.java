package io.coterie.chaincode.did;

import io.coterie.chaincode.spi.Word;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Delegate types as {@code did:ethr} names them: a short string, right-padded with zeros into a
 * {@code bytes32} (ethers' {@code encodeBytes32String}). The registry keys its {@code delegates}
 * mapping by {@code keccak256(abi.encode(delegateType))}, the hash of that word.
 */
public final class DelegateTypes {
  private DelegateTypes() {}

  /**
   * {@code "veriKey"}: a key that may sign on the identity's behalf (an {@code assertionMethod} in
   * the DID document); ethr-did's default, and the type a consent to a DID honours.
   */
  public static final Word VERI_KEY = of("veriKey");

  /** {@code "sigAuth"}: a key that may also authenticate as the identity. */
  public static final Word SIG_AUTH = of("sigAuth");

  /** {@code name} (at most 31 ASCII bytes, as ethers allows) as a {@code bytes32}. */
  public static Word of(String name) {
    byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > 31) {
      throw new IllegalArgumentException(
          "a delegate type has at most 31 bytes, '" + name + "' has " + bytes.length);
    }
    return Word.wrap(Arrays.copyOf(bytes, Word.SIZE));
  }

  /**
   * The {@code delegates} mapping key of {@code delegateType}: {@code keccak256(abi.encode(t))}.
   */
  public static Word typeHash(Word delegateType) {
    return Word.keccak(delegateType.bytes());
  }
}
