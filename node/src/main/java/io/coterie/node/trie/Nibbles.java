package io.coterie.node.trie;

import java.util.Arrays;

/** Paths as arrays of nibbles (values 0..15), and their hex-prefix (compact) encoding. */
final class Nibbles {
  static final byte[] EMPTY = new byte[0];

  private Nibbles() {}

  static byte[] fromKey(byte[] key) {
    byte[] nibbles = new byte[key.length * 2];
    for (int i = 0; i < key.length; i++) {
      nibbles[2 * i] = (byte) ((key[i] >> 4) & 0x0f);
      nibbles[2 * i + 1] = (byte) (key[i] & 0x0f);
    }
    return nibbles;
  }

  static int commonPrefix(byte[] a, int aFrom, byte[] b, int bFrom) {
    int n = Math.min(a.length - aFrom, b.length - bFrom);
    int i = 0;
    while (i < n && a[aFrom + i] == b[bFrom + i]) {
      i++;
    }
    return i;
  }

  static byte[] slice(byte[] path, int from, int to) {
    return from == to ? EMPTY : Arrays.copyOfRange(path, from, to);
  }

  static byte[] slice(byte[] path, int from) {
    return slice(path, from, path.length);
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  static byte[] prepend(byte nibble, byte[] path) {
    byte[] out = new byte[path.length + 1];
    out[0] = nibble;
    System.arraycopy(path, 0, out, 1, path.length);
    return out;
  }

  /** Hex-prefix encoding (Yellow Paper appendix C): a flag nibble, padding if odd, the path. */
  static byte[] encodeHexPrefix(byte[] path, boolean leaf) {
    boolean odd = path.length % 2 == 1;
    int flag = (leaf ? 2 : 0) + (odd ? 1 : 0);
    byte[] out = new byte[path.length / 2 + 1];
    int p = 0;
    if (odd) {
      out[0] = (byte) ((flag << 4) | path[0]);
      p = 1;
    } else {
      out[0] = (byte) (flag << 4);
    }
    for (int i = 1; i < out.length; i++, p += 2) {
      out[i] = (byte) ((path[p] << 4) | path[p + 1]);
    }
    return out;
  }

  static boolean isLeaf(byte[] hexPrefix) {
    checkFlag(hexPrefix);
    return (hexPrefix[0] & 0x20) != 0;
  }

  static byte[] decodeHexPrefix(byte[] hexPrefix) {
    checkFlag(hexPrefix);
    boolean odd = (hexPrefix[0] & 0x10) != 0;
    if (!odd && (hexPrefix[0] & 0x0f) != 0) {
      throw new IllegalArgumentException("hex-prefix padding nibble must be zero");
    }
    byte[] nibbles = fromKey(hexPrefix);
    return slice(nibbles, odd ? 1 : 2);
  }

  private static void checkFlag(byte[] hexPrefix) {
    if (hexPrefix.length == 0 || ((hexPrefix[0] & 0xff) >> 4) > 3) {
      throw new IllegalArgumentException("not a hex-prefix encoded path");
    }
  }
}
