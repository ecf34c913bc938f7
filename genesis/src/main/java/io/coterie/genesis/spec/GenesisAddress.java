package io.coterie.genesis.spec;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A 20-byte account or validator address, held as lower-case {@code 0x}-prefixed hex. The chain
 * spec keeps its own small address type so that the genesis module does not depend on the node's
 * types.
 */
public record GenesisAddress(String hex) implements Comparable<GenesisAddress> {
  private static final Pattern HEX_40 = Pattern.compile("0x[0-9a-f]{40}");

  public static final GenesisAddress ZERO = new GenesisAddress("0x" + "0".repeat(40));

  public GenesisAddress {
    Objects.requireNonNull(hex, "hex");
    String lower = hex.toLowerCase(Locale.ROOT);
    if (!HEX_40.matcher(lower).matches()) {
      throw new IllegalArgumentException(
          "'" + hex + "' is not an address; write 0x followed by 40 hex digits (20 bytes)");
    }
    hex = lower;
  }

  /** Accepts mixed-case (EIP-55 or not) input, with or without the {@code 0x} prefix. */
  public static GenesisAddress of(String text) {
    Objects.requireNonNull(text, "text");
    return new GenesisAddress(
        text.startsWith("0x") || text.startsWith("0X") ? "0x" + text.substring(2) : "0x" + text);
  }

  /** True when {@code text} would be accepted by {@link #of(String)}. */
  public static boolean isValid(String text) {
    if (text == null) {
      return false;
    }
    String body = text.startsWith("0x") || text.startsWith("0X") ? text.substring(2) : text;
    return HEX_40.matcher("0x" + body.toLowerCase(Locale.ROOT)).matches();
  }

  @Override
  public int compareTo(GenesisAddress other) {
    return hex.compareTo(other.hex);
  }

  @Override
  public String toString() {
    return hex;
  }
}
