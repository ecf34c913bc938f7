package io.coterie.chaincode.noderules;

import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;
import org.web3j.utils.Numeric;

/**
 * A node key on the on-chain allowlist: the uncompressed secp256k1 public key without its {@code
 * 0x04} prefix, split into {@code x} and {@code y} (the enode id is {@code x . y}).
 */
public record AllowedNode(Word x, Word y) {
  /** Bytes of an enode id. */
  public static final int ID_SIZE = 64;

  private static final BigInteger P =
      new BigInteger("fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f", 16);
  private static final BigInteger SEVEN = BigInteger.valueOf(7);

  public AllowedNode {
    Objects.requireNonNull(x, "x");
    Objects.requireNonNull(y, "y");
  }

  /** Splits a 64-byte enode id. */
  public static AllowedNode ofId(byte[] id) {
    if (id.length != ID_SIZE) {
      throw new IllegalArgumentException(
          "an enode id has 64 bytes but got " + id.length + "; drop the 0x04 prefix of the key");
    }
    return new AllowedNode(
        Word.wrap(Arrays.copyOfRange(id, 0, Word.SIZE)),
        Word.wrap(Arrays.copyOfRange(id, Word.SIZE, ID_SIZE)));
  }

  /** The 64-byte enode id {@code x . y}. */
  public byte[] id() {
    byte[] out = new byte[ID_SIZE];
    System.arraycopy(x.bytes(), 0, out, 0, Word.SIZE);
    System.arraycopy(y.bytes(), 0, out, Word.SIZE, Word.SIZE);
    return out;
  }

  /** The enode id as 128 lower-case hex digits, without {@code 0x} (as in an enode URL). */
  public String idHex() {
    return Numeric.toHexStringNoPrefix(id());
  }

  /** {@code keccak256(x . y)}: the key of the positions mapping. */
  public Word idHash() {
    return Word.keccak(id());
  }

  /** Whether {@code (x, y)} is a point of secp256k1 ({@code y² = x³ + 7 mod p}, both below p). */
  public boolean isOnCurve() {
    BigInteger px = x.toBigInteger();
    BigInteger py = y.toBigInteger();
    if (px.compareTo(P) >= 0 || py.compareTo(P) >= 0) {
      return false;
    }
    return py.multiply(py).mod(P).equals(px.pow(3).add(SEVEN).mod(P));
  }
}
