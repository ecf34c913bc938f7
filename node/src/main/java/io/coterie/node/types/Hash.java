package io.coterie.node.types;

import io.coterie.node.crypto.Keccak;
import java.util.Arrays;

/** A 32-byte Keccak-256 digest (block, transaction, state root, storage slot). */
public final class Hash implements Comparable<Hash> {
  public static final int SIZE = 32;
  public static final Hash ZERO = new Hash(new byte[SIZE]);

  /** keccak256 of the empty string: the code hash of an account with no code. */
  public static final Hash EMPTY = keccak(new byte[0]);

  /** keccak256(RLP("")): the root of an empty trie. */
  public static final Hash EMPTY_TRIE = keccak(new byte[] {(byte) 0x80});

  /** keccak256(RLP([])): the ommers hash of a block without ommers. */
  public static final Hash EMPTY_LIST = keccak(new byte[] {(byte) 0xc0});

  private final byte[] value;

  private Hash(byte[] value) {
    this.value = value;
  }

  public static Hash wrap(byte[] value) {
    if (value.length != SIZE) {
      throw new IllegalArgumentException("a hash is 32 bytes, got " + value.length);
    }
    return new Hash(value.clone());
  }

  public static Hash fromHex(String hex) {
    return wrap(Bytes.parseHex(hex));
  }

  public static Hash keccak(byte[] input) {
    return new Hash(Keccak.hash(input));
  }

  public byte[] toArray() {
    return value.clone();
  }

  public String toHex() {
    return Bytes.toHex(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Hash other && Arrays.equals(value, other.value);
  }

  @Override
  public int hashCode() {
    // The bytes are already uniformly distributed.
    return (value[0] & 0xff) << 24
        | (value[1] & 0xff) << 16
        | (value[2] & 0xff) << 8
        | (value[3] & 0xff);
  }

  @Override
  public int compareTo(Hash other) {
    return Arrays.compareUnsigned(value, other.value);
  }

  @Override
  public String toString() {
    return toHex();
  }
}
