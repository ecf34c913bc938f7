package io.coterie.chaincode.spi;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.crypto.digests.KeccakDigest;
import org.web3j.utils.Numeric;

/**
 * A 32-byte EVM word: a storage slot key, a storage value, an event topic or a {@code bytes32}.
 * Immutable; equality, hash and order follow the bytes (unsigned, big-endian). Absent storage reads
 * as {@link #ZERO}.
 */
public final class Word implements Comparable<Word> {
  /** Number of bytes in a word. */
  public static final int SIZE = 32;

  /** The all-zero word. */
  public static final Word ZERO = new Word(new byte[SIZE]);

  private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(8 * SIZE);

  private final byte[] bytes;

  private Word(byte[] bytes) {
    this.bytes = bytes;
  }

  /** Wraps a copy of exactly 32 bytes. */
  public static Word wrap(byte[] bytes) {
    if (bytes.length != SIZE) {
      throw new IllegalArgumentException(
          "a word has 32 bytes but got " + bytes.length + "; left-pad numbers with zeros");
    }
    return new Word(bytes.clone());
  }

  /** The word holding {@code value}, which must be in {@code [0, 2^256)}. */
  public static Word of(BigInteger value) {
    if (value.signum() < 0 || value.bitLength() > 8 * SIZE) {
      throw new IllegalArgumentException(
          "a word holds an unsigned value in [0, 2^256) but got " + value);
    }
    return new Word(Numeric.toBytesPadded(value, SIZE));
  }

  /** The word holding a non-negative {@code value}. */
  public static Word of(long value) {
    if (value < 0) {
      throw new IllegalArgumentException("a word from a long must be non-negative: " + value);
    }
    return of(BigInteger.valueOf(value));
  }

  /** The address left-padded with 12 zero bytes, as Solidity stores and hashes it. */
  public static Word of(ChainAddress address) {
    byte[] out = new byte[SIZE];
    System.arraycopy(address.bytes(), 0, out, SIZE - ChainAddress.SIZE, ChainAddress.SIZE);
    return new Word(out);
  }

  /** {@code true} maps to 1, {@code false} to 0, as Solidity stores a bool. */
  public static Word of(boolean value) {
    return value ? of(1) : ZERO;
  }

  /** Parses {@code 0x} + 64 hex digits (prefix optional). */
  public static Word fromHex(String hex) {
    String digits = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
    if (digits.length() != 2 * SIZE || !digits.matches("[0-9a-fA-F]*")) {
      throw new IllegalArgumentException(
          "'" + hex + "' is not a 32-byte word; write 0x followed by 64 hex digits");
    }
    return new Word(Numeric.hexStringToByteArray(digits));
  }

  /** Keccak-256 of {@code data}. */
  public static Word keccak(byte[] data) {
    KeccakDigest digest = new KeccakDigest(256);
    digest.update(data, 0, data.length);
    byte[] out = new byte[SIZE];
    digest.doFinal(out, 0);
    return new Word(out);
  }

  /** Keccak-256 of the UTF-8 bytes of {@code text}, e.g. a role name or an event signature. */
  public static Word keccak(String text) {
    return keccak(text.getBytes(StandardCharsets.UTF_8));
  }

  /** A copy of the 32 bytes. */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The word as an unsigned number. */
  public BigInteger toBigInteger() {
    return new BigInteger(1, bytes);
  }

  /** The low 20 bytes as an address (Solidity's {@code address(uint160(word))}). */
  public ChainAddress toAddress() {
    return ChainAddress.wrap(Arrays.copyOfRange(bytes, SIZE - ChainAddress.SIZE, SIZE));
  }

  /** {@code true} when every byte is zero. */
  public boolean isZero() {
    for (byte b : bytes) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }

  /** {@code this + n} modulo 2^256, as Solidity computes consecutive struct and array slots. */
  public Word plus(BigInteger n) {
    return of(toBigInteger().add(n).mod(MODULUS));
  }

  /** {@code this + n} modulo 2^256. */
  public Word plus(long n) {
    return plus(BigInteger.valueOf(n));
  }

  /** Lower-case {@code 0x} + 64 hex digits. */
  public String toHex() {
    return Numeric.toHexString(bytes);
  }

  @Override
  public int compareTo(Word other) {
    return Arrays.compareUnsigned(bytes, other.bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Word other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return toHex();
  }
}
