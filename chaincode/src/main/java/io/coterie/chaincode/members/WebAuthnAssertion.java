package io.coterie.chaincode.members;

import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;

/**
 * A WebAuthn assertion as {@code execute} takes it: {@code abi.encode(bytes32 keyId, bytes
 * authenticatorData, string clientDataJSON, uint256 r, uint256 s)}.
 */
public final class WebAuthnAssertion {
  private static final List<TypeReference<?>> TYPES =
      List.of(
          new TypeReference<Bytes32>() {},
          new TypeReference<DynamicBytes>() {},
          new TypeReference<Utf8String>() {},
          new TypeReference<Uint256>() {},
          new TypeReference<Uint256>() {});

  private final Word keyId;
  private final byte[] authenticatorData;
  private final String clientDataJson;
  private final BigInteger r;
  private final BigInteger s;

  public WebAuthnAssertion(
      Word keyId, byte[] authenticatorData, String clientDataJson, BigInteger r, BigInteger s) {
    this.keyId = keyId;
    this.authenticatorData = authenticatorData.clone();
    this.clientDataJson = clientDataJson;
    this.r = r;
    this.s = s;
  }

  /** Decodes the ABI bytes; empty when they are not that tuple. */
  public static Optional<WebAuthnAssertion> decode(byte[] encoded) {
    try {
      List<Type> values = CalldataReader.ofArguments(encoded).decode(TYPES);
      return Optional.of(
          new WebAuthnAssertion(
              Word.wrap(((Bytes32) values.get(0)).getValue()),
              ((DynamicBytes) values.get(1)).getValue(),
              ((Utf8String) values.get(2)).getValue(),
              ((Uint256) values.get(3)).getValue(),
              ((Uint256) values.get(4)).getValue()));
    } catch (RuntimeException malformed) {
      return Optional.empty();
    }
  }

  public Word keyId() {
    return keyId;
  }

  public byte[] authenticatorData() {
    return authenticatorData.clone();
  }

  public String clientDataJson() {
    return clientDataJson;
  }

  public BigInteger r() {
    return r;
  }

  public BigInteger s() {
    return s;
  }
}
