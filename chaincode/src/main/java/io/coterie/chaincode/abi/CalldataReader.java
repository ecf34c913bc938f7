package io.coterie.chaincode.abi;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Type;
import org.web3j.utils.Numeric;

/**
 * The arguments of a call (calldata after the selector), read strictly the way Solidity's ABI
 * decoder v2 does: a missing head word or dirty high bits of an {@code address}, {@code bool},
 * {@code bytesN} or small {@code uintN} throw {@link MalformedCalldataException}. Trailing extra
 * bytes are ignored, as in Solidity.
 */
public final class CalldataReader {
  private final byte[] args;

  private CalldataReader(byte[] args) {
    this.args = args;
  }

  /** Reads the arguments of full calldata {@code input} (selector included, at least 4 bytes). */
  public static CalldataReader afterSelector(byte[] input) {
    if (input.length < 4) {
      throw new MalformedCalldataException("calldata has " + input.length + " bytes, no selector");
    }
    return new CalldataReader(Arrays.copyOfRange(input, 4, input.length));
  }

  /** Reads ABI-encoded arguments without a selector. */
  public static CalldataReader ofArguments(byte[] args) {
    return new CalldataReader(args.clone());
  }

  /** Number of argument bytes. */
  public int length() {
    return args.length;
  }

  /** Head word {@code index} (0-based) as is. */
  public Word word(int index) {
    int from = index * Word.SIZE;
    if (index < 0 || args.length < from + Word.SIZE) {
      throw new MalformedCalldataException(
          "argument %d needs %d bytes of arguments but only %d were sent"
              .formatted(index, from + Word.SIZE, args.length));
    }
    return Word.wrap(Arrays.copyOfRange(args, from, from + Word.SIZE));
  }

  /** A {@code bytes32} argument. */
  public Word bytes32(int index) {
    return word(index);
  }

  /** An {@code address} argument; the 12 high bytes must be zero. */
  public ChainAddress address(int index) {
    Word w = word(index);
    requireHighZero(w, 12, index, "address");
    return w.toAddress();
  }

  /** A {@code uint256} argument. */
  public BigInteger uint256(int index) {
    return word(index).toBigInteger();
  }

  /** A {@code uint8} argument; wider values are malformed calldata, as Solidity's decoder says. */
  public int uint8(int index) {
    BigInteger v = word(index).toBigInteger();
    if (v.bitLength() > 8) {
      throw new MalformedCalldataException("argument " + index + " is not a uint8: " + v);
    }
    return v.intValue();
  }

  /** A {@code uint64} (or smaller) argument as a long; it must fit in 63 bits to be usable. */
  public long uint64(int index) {
    Word w = word(index);
    requireHighZero(w, 24, index, "uint64");
    BigInteger v = w.toBigInteger();
    if (v.bitLength() > 63) {
      throw new MalformedCalldataException("argument " + index + " exceeds 2^63-1: " + v);
    }
    return v.longValueExact();
  }

  /** A {@code bool} argument: exactly 0 or 1. */
  public boolean bool(int index) {
    BigInteger v = word(index).toBigInteger();
    if (v.compareTo(BigInteger.ONE) > 0) {
      throw new MalformedCalldataException("argument " + index + " is not a bool: " + v);
    }
    return v.signum() == 1;
  }

  /** A {@code bytes4} argument; the 28 low bytes must be zero. */
  public Selector bytes4(int index) {
    byte[] w = word(index).bytes();
    for (int i = 4; i < Word.SIZE; i++) {
      if (w[i] != 0) {
        throw new MalformedCalldataException(
            "argument " + index + " is not a bytes4: low bytes must be zero");
      }
    }
    return Selector.fromBytes(w, 0);
  }

  /**
   * Decodes all arguments as {@code types} with web3j, for dynamic types (strings, arrays, bytes).
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public List<Type> decode(List<TypeReference<?>> types) {
    List<Type> decoded;
    try {
      decoded = FunctionReturnDecoder.decode(Numeric.toHexString(args), (List) types);
    } catch (RuntimeException e) {
      throw new MalformedCalldataException("arguments do not decode: " + e.getMessage());
    }
    if (decoded.size() != types.size()) {
      throw new MalformedCalldataException(
          "expected %d arguments but decoded %d".formatted(types.size(), decoded.size()));
    }
    return new ArrayList<>(decoded);
  }

  private static void requireHighZero(Word w, int highBytes, int index, String type) {
    byte[] b = w.bytes();
    for (int i = 0; i < highBytes; i++) {
      if (b[i] != 0) {
        throw new MalformedCalldataException(
            "argument %d is not a valid %s: its high %d bytes must be zero"
                .formatted(index, type, highBytes));
      }
    }
  }
}
