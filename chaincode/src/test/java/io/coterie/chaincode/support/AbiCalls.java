package io.coterie.chaincode.support;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.List;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.utils.Numeric;

/** Calldata and return decoding with web3j's own encoder, as a client would build them. */
public final class AbiCalls {
  private AbiCalls() {}

  @SuppressWarnings("rawtypes")
  public static byte[] fn(String name, Type... args) {
    return Numeric.hexStringToByteArray(
        FunctionEncoder.encode(new Function(name, List.of(args), List.of())));
  }

  public static Address addr(ChainAddress a) {
    return new Address(a.toHex());
  }

  public static Uint256 u256(long v) {
    return new Uint256(BigInteger.valueOf(v));
  }

  public static Bytes32 b32(Word w) {
    return new Bytes32(w.bytes());
  }

  public static BigInteger uint(byte[] data) {
    return new BigInteger(1, java.util.Arrays.copyOf(data, 32));
  }

  public static boolean bool(byte[] data) {
    return uint(data).signum() != 0;
  }

  public static ChainAddress address(byte[] data) {
    return Word.wrap(java.util.Arrays.copyOf(data, 32)).toAddress();
  }

  /** Decodes return data as {@code types}. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static List<Type> decode(byte[] data, TypeReference<?>... types) {
    return FunctionReturnDecoder.decode(Numeric.toHexString(data), (List) List.of(types));
  }

  /** Decodes a single {@code string} return. */
  public static String string(byte[] data) {
    return (String)
        decode(data, new TypeReference<org.web3j.abi.datatypes.Utf8String>() {}).get(0).getValue();
  }

  /** Hex of {@code data}, for readable comparisons of revert data. */
  public static String decodeHex(byte[] data) {
    return Numeric.toHexString(data);
  }
}
