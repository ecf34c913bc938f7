package io.coterie.chaincode.provenance;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;

/**
 * Solidity's packing of several small values in one slot: the first field takes the lowest-order
 * bytes, each next field the bytes above it. Signed integers are stored in two's complement in
 * their own width.
 */
final class Packed {
  private Packed() {}

  /** Builds a packed word field by field, lowest-order first. */
  static final class Writer {
    private BigInteger value = BigInteger.ZERO;
    private int bits;

    Writer address(ChainAddress a) {
      return put(a.toBigInteger(), 160);
    }

    Writer uint(long v, int width) {
      return put(BigInteger.valueOf(v), width);
    }

    Writer bool(boolean b) {
      return put(b ? BigInteger.ONE : BigInteger.ZERO, 8);
    }

    Writer int32(int v) {
      return put(BigInteger.valueOf(v & 0xffffffffL), 32);
    }

    Word build() {
      return Word.of(value);
    }

    private Writer put(BigInteger v, int width) {
      if (v.signum() < 0 || v.bitLength() > width || bits + width > 256) {
        throw new IllegalArgumentException(
            "value " + v + " does not fit " + width + " bits at bit " + bits);
      }
      value = value.or(v.shiftLeft(bits));
      bits += width;
      return this;
    }
  }

  /** Reads a packed word field by field, lowest-order first. */
  static final class Reader {
    private final BigInteger value;
    private int bits;

    Reader(Word word) {
      this.value = word.toBigInteger();
    }

    ChainAddress address() {
      return ChainAddress.of(take(160));
    }

    long uint(int width) {
      return take(width).longValueExact();
    }

    boolean bool() {
      return take(8).signum() != 0;
    }

    int int32() {
      return (int) take(32).longValueExact();
    }

    private BigInteger take(int width) {
      BigInteger v =
          value.shiftRight(bits).and(BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE));
      bits += width;
      return v;
    }
  }
}
