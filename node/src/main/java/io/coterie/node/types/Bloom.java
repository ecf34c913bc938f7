package io.coterie.node.types;

import io.coterie.node.crypto.Keccak;
import java.util.Arrays;
import java.util.List;

/**
 * The 2048-bit log bloom of the yellow paper: each address and topic sets three bits taken from the
 * low 11 bits of the first three byte pairs of its keccak256. Immutable; build with {@link
 * Builder}.
 */
public final class Bloom {
  public static final int SIZE = 256;
  public static final Bloom EMPTY = new Bloom(new byte[SIZE]);

  private final byte[] bits;

  private Bloom(byte[] bits) {
    this.bits = bits;
  }

  public static Bloom wrap(byte[] bytes256) {
    if (bytes256.length != SIZE) {
      throw new IllegalArgumentException("a bloom is 256 bytes, got " + bytes256.length);
    }
    return new Bloom(bytes256.clone());
  }

  public static Bloom fromLogs(List<Log> logs) {
    Builder builder = new Builder();
    logs.forEach(builder::add);
    return builder.build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** False means certainly absent; true means possibly present. */
  public boolean mightContain(byte[] value) {
    byte[] hash = Keccak.hash(value);
    for (int i = 0; i < 6; i += 2) {
      int bit = ((hash[i] & 0x07) << 8) | (hash[i + 1] & 0xff);
      if ((bits[SIZE - 1 - bit / 8] & (1 << (bit % 8))) == 0) {
        return false;
      }
    }
    return true;
  }

  public boolean mightContain(Address address) {
    return mightContain(address.toArray());
  }

  public boolean mightContain(Hash topic) {
    return mightContain(topic.toArray());
  }

  /** True when every bit of {@code other} is set here (a block bloom covers its receipts'). */
  public boolean covers(Bloom other) {
    for (int i = 0; i < SIZE; i++) {
      if ((bits[i] & other.bits[i]) != other.bits[i]) {
        return false;
      }
    }
    return true;
  }

  public Bloom or(Bloom other) {
    byte[] out = bits.clone();
    for (int i = 0; i < SIZE; i++) {
      out[i] |= other.bits[i];
    }
    return new Bloom(out);
  }

  public byte[] toArray() {
    return bits.clone();
  }

  public String toHex() {
    return Bytes.toHex(bits);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bloom other && Arrays.equals(bits, other.bits);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bits);
  }

  @Override
  public String toString() {
    return toHex();
  }

  /** Accumulates addresses, topics and logs; not thread-safe. */
  public static final class Builder {
    private final byte[] bits = new byte[SIZE];

    public Builder add(byte[] value) {
      byte[] hash = Keccak.hash(value);
      for (int i = 0; i < 6; i += 2) {
        int bit = ((hash[i] & 0x07) << 8) | (hash[i + 1] & 0xff);
        bits[SIZE - 1 - bit / 8] |= (byte) (1 << (bit % 8));
      }
      return this;
    }

    public Builder add(Address address) {
      return add(address.toArray());
    }

    public Builder add(Hash topic) {
      return add(topic.toArray());
    }

    public Builder add(Log log) {
      add(log.address());
      log.topics().forEach(this::add);
      return this;
    }

    public Builder add(Bloom bloom) {
      for (int i = 0; i < SIZE; i++) {
        bits[i] |= bloom.bits[i];
      }
      return this;
    }

    public Bloom build() {
      return new Bloom(bits.clone());
    }
  }
}
