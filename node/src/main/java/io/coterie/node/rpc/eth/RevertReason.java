package io.coterie.node.rpc.eth;

import io.coterie.node.types.Bytes;
import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The readable part of Solidity revert data, as geth appends it to "execution reverted: ": the
 * message of {@code Error(string)}, or the meaning of a {@code Panic(uint256)} code. Custom errors
 * have no reason here; clients decode them from the error's {@code data} with the ABI.
 */
public final class RevertReason {
  private static final byte[] ERROR_SELECTOR = {0x08, (byte) 0xc3, 0x79, (byte) 0xa0};
  private static final byte[] PANIC_SELECTOR = {0x4e, 0x48, 0x7b, 0x71};
  private static final Map<Integer, String> PANICS =
      Map.of(
          0x00, "generic panic",
          0x01, "assert(false)",
          0x11, "arithmetic underflow or overflow",
          0x12, "division or modulo by zero",
          0x21, "enum overflow",
          0x22, "invalid encoded storage byte array accessed",
          0x31, "out-of-bounds array access; popping on an empty array",
          0x32, "out-of-bounds access of an array or bytesN",
          0x41, "out of memory",
          0x51, "uninitialized function");

  private RevertReason() {}

  public static Optional<String> decode(Bytes revertData) {
    byte[] data = revertData.toArray();
    if (data.length < 4) {
      return Optional.empty();
    }
    byte[] selector = Arrays.copyOf(data, 4);
    if (Arrays.equals(selector, ERROR_SELECTOR)) {
      return errorString(data);
    }
    if (Arrays.equals(selector, PANIC_SELECTOR) && data.length == 36) {
      BigInteger code = new BigInteger(1, Arrays.copyOfRange(data, 4, 36));
      String meaning = code.bitLength() <= 31 ? PANICS.get(code.intValue()) : null;
      return Optional.of(meaning != null ? meaning : "unknown panic code: 0x" + code.toString(16));
    }
    return Optional.empty();
  }

  private static Optional<String> errorString(byte[] data) {
    if (data.length < 4 + 64) {
      return Optional.empty();
    }
    BigInteger offset = word(data, 4);
    if (offset.compareTo(BigInteger.valueOf(data.length)) >= 0) {
      return Optional.empty();
    }
    int lengthAt = 4 + offset.intValueExact();
    if (lengthAt + 32 > data.length) {
      return Optional.empty();
    }
    BigInteger length = word(data, lengthAt);
    int start = lengthAt + 32;
    if (length.compareTo(BigInteger.valueOf(data.length - start)) > 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(data, start, length.intValueExact()))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static BigInteger word(byte[] data, int at) {
    return new BigInteger(1, Arrays.copyOfRange(data, at, at + 32));
  }
}
