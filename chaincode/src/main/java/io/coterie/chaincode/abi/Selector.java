package io.coterie.chaincode.abi;

import io.coterie.chaincode.spi.Word;
import java.nio.charset.StandardCharsets;
import org.web3j.crypto.Hash;

/**
 * A 4-byte function or error selector: the first 4 bytes of keccak256 of the canonical signature,
 * e.g. {@code hasRole(bytes32,address)}. Ordered as unsigned numbers.
 */
public record Selector(int value) implements Comparable<Selector> {

  /** The selector of a canonical signature: name, then parameter types without spaces or names. */
  public static Selector of(String signature) {
    if (!signature.matches("[A-Za-z_$][A-Za-z0-9_$]*\\([^\\s]*\\)")) {
      throw new IllegalArgumentException(
          "'" + signature + "' is not a canonical signature; write e.g. transfer(address,uint256)");
    }
    return fromBytes(Hash.sha3(signature.getBytes(StandardCharsets.UTF_8)), 0);
  }

  /** An ERC-165 interface id: the XOR of the selectors of the interface's functions. */
  public static Selector interfaceId(String... signatures) {
    int id = 0;
    for (String s : signatures) {
      id ^= of(s).value();
    }
    return new Selector(id);
  }

  /** The selector in the first 4 bytes of {@code data}. */
  public static Selector fromBytes(byte[] data, int offset) {
    if (data.length < offset + 4) {
      throw new IllegalArgumentException("a selector needs 4 bytes at offset " + offset);
    }
    return new Selector(
        ((data[offset] & 0xff) << 24)
            | ((data[offset + 1] & 0xff) << 16)
            | ((data[offset + 2] & 0xff) << 8)
            | (data[offset + 3] & 0xff));
  }

  /** Parses {@code 0x} + 8 hex digits. */
  public static Selector fromHex(String hex) {
    String digits = hex.startsWith("0x") ? hex.substring(2) : hex;
    if (!digits.matches("[0-9a-fA-F]{8}")) {
      throw new IllegalArgumentException(
          "'" + hex + "' is not a selector; write 0x + 8 hex digits");
    }
    return new Selector(Integer.parseUnsignedInt(digits, 16));
  }

  /** The 4 bytes, big-endian. */
  public byte[] bytes() {
    return new byte[] {
      (byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value
    };
  }

  /** As a Solidity {@code bytes4}: the 4 bytes left-aligned in a word. */
  public Word toWord() {
    byte[] word = new byte[Word.SIZE];
    System.arraycopy(bytes(), 0, word, 0, 4);
    return Word.wrap(word);
  }

  /** {@code 0x} + 8 lower-case hex digits. */
  public String toHex() {
    return "0x%08x".formatted(value);
  }

  @Override
  public int compareTo(Selector other) {
    return Integer.compareUnsigned(value, other.value);
  }

  @Override
  public String toString() {
    return toHex();
  }
}
