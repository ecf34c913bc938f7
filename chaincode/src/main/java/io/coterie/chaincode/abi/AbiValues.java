package io.coterie.chaincode.abi;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.List;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Bytes4;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.utils.Numeric;

/** Converts {@code spi} values to web3j ABI types and encodes argument and return tuples. */
public final class AbiValues {
  private AbiValues() {}

  /** ABI-encodes {@code values} as a tuple (function returns, event data, error arguments). */
  @SuppressWarnings({"rawtypes"})
  public static byte[] encode(List<? extends Type> values) {
    if (values.isEmpty()) {
      return new byte[0];
    }
    @SuppressWarnings("unchecked")
    List<Type> list = (List<Type>) List.copyOf(values);
    return Numeric.hexStringToByteArray(FunctionEncoder.encodeConstructor(list));
  }

  /** ABI-encodes {@code values} as a tuple. */
  @SuppressWarnings("rawtypes")
  public static byte[] encode(Type... values) {
    return encode(List.of(values));
  }

  /** Calldata of {@code signature} with {@code args}: for one precompile calling another. */
  @SuppressWarnings("rawtypes")
  public static byte[] calldata(String signature, Type... args) {
    byte[] selector = Selector.of(signature).bytes();
    byte[] encoded = encode(args);
    byte[] out = new byte[4 + encoded.length];
    System.arraycopy(selector, 0, out, 0, 4);
    System.arraycopy(encoded, 0, out, 4, encoded.length);
    return out;
  }

  public static Address address(ChainAddress a) {
    return new Address(a.toBigInteger());
  }

  public static Bytes32 bytes32(Word w) {
    return new Bytes32(w.bytes());
  }

  public static Bytes4 bytes4(Selector s) {
    return new Bytes4(s.bytes());
  }

  public static Uint256 uint256(BigInteger v) {
    return new Uint256(v);
  }

  public static Uint256 uint256(long v) {
    return new Uint256(BigInteger.valueOf(v));
  }

  public static Bool bool(boolean v) {
    return new Bool(v);
  }

  public static Utf8String string(String s) {
    return new Utf8String(s);
  }

  /** An {@code address[]}. */
  public static DynamicArray<Address> addressArray(List<ChainAddress> addresses) {
    return new DynamicArray<>(Address.class, addresses.stream().map(AbiValues::address).toList());
  }
}
