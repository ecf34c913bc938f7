package io.coterie.chaincode.provenance;

import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.abi.MalformedCalldataException;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Int32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;

/**
 * Decoded arguments of one call: web3j decodes the dynamic ones (strings, arrays) and the static
 * words are re-read strictly, so dirty padding of a {@code uint8}, {@code int32} or {@code uint64}
 * reverts {@code MalformedCalldata()} as Solidity would.
 */
final class CallArgs {
  /** The ten context parameters every recording function ends with. */
  static final String CONTEXT_SIGNATURE =
      "uint8,uint8,uint64,string,string,bool,int32,int32,bytes32,string";

  static final List<TypeReference<?>> CONTEXT_TYPES =
      List.of(
          new TypeReference<Uint8>() {},
          new TypeReference<Uint8>() {},
          new TypeReference<Uint64>() {},
          new TypeReference<Utf8String>() {},
          new TypeReference<Utf8String>() {},
          new TypeReference<Bool>() {},
          new TypeReference<Int32>() {},
          new TypeReference<Int32>() {},
          new TypeReference<Bytes32>() {},
          new TypeReference<Utf8String>() {});

  static final TypeReference<?> STRING = new TypeReference<Utf8String>() {};
  static final TypeReference<?> BYTES32 = new TypeReference<Bytes32>() {};
  static final TypeReference<?> UINT8 = new TypeReference<Uint8>() {};
  static final TypeReference<?> UINT256 = new TypeReference<Uint256>() {};
  static final TypeReference<?> ADDRESS = new TypeReference<org.web3j.abi.datatypes.Address>() {};
  static final TypeReference<?> BYTES32_ARRAY = new TypeReference<DynamicArray<Bytes32>>() {};
  static final TypeReference<?> STRING_ARRAY = new TypeReference<DynamicArray<Utf8String>>() {};
  static final TypeReference<?> UINT256_ARRAY = new TypeReference<DynamicArray<Uint256>>() {};

  private final CalldataReader raw;
  private final List<Type> decoded;

  @SuppressWarnings("rawtypes")
  private CallArgs(CalldataReader raw, List<Type> decoded) {
    this.raw = raw;
    this.decoded = decoded;
  }

  /** Decodes {@code types} followed, when {@code withContext}, by the ten context parameters. */
  static CallArgs decode(CalldataReader raw, boolean withContext, TypeReference<?>... types) {
    List<TypeReference<?>> all = new ArrayList<>(List.of(types));
    if (withContext) {
      all.addAll(CONTEXT_TYPES);
    }
    return new CallArgs(raw, raw.decode(all));
  }

  int size() {
    return decoded.size();
  }

  String string(int index) {
    return (String) decoded.get(index).getValue();
  }

  Word bytes32(int index) {
    return raw.bytes32(index);
  }

  io.coterie.chaincode.spi.ChainAddress address(int index) {
    return raw.address(index);
  }

  int uint8(int index) {
    return raw.uint8(index);
  }

  long uint64(int index) {
    return raw.uint64(index);
  }

  BigInteger uint256(int index) {
    return raw.uint256(index);
  }

  boolean bool(int index) {
    return raw.bool(index);
  }

  int int32(int index) {
    BigInteger v = new BigInteger(raw.word(index).bytes());
    if (v.bitLength() > 31) {
      throw new MalformedCalldataException("argument " + index + " is not an int32: " + v);
    }
    return v.intValue();
  }

  List<Word> bytes32Array(int index) {
    return values(index).stream().map(t -> Word.wrap((byte[]) t.getValue())).toList();
  }

  List<String> stringArray(int index) {
    return values(index).stream().map(t -> (String) t.getValue()).toList();
  }

  List<BigInteger> uint256Array(int index) {
    return values(index).stream().map(t -> (BigInteger) t.getValue()).toList();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private List<Type> values(int index) {
    return ((DynamicArray) decoded.get(index)).getValue();
  }
}
