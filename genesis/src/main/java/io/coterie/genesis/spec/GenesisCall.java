package io.coterie.genesis.spec;

import java.util.Locale;
import java.util.Objects;

/**
 * A chaincode call that block 0 runs as {@code from}, after the allocations and role assignments:
 * how a chain starts with business state (programs, collections, balances) without a second way of
 * writing precompile storage. {@code inputHex} is the ABI calldata, {@code 0x}-prefixed; the
 * validator reports input that is not even-length hex, so a file can be read and then explained.
 */
public record GenesisCall(GenesisAddress from, GenesisAddress to, String inputHex) {
  public GenesisCall {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(inputHex, "inputHex");
    inputHex = inputHex.toLowerCase(Locale.ROOT);
  }

  /** True when {@code inputHex} is {@code 0x} followed by an even number of hex digits. */
  public boolean hasValidInput() {
    return inputHex.startsWith("0x")
        && inputHex.length() % 2 == 0
        && inputHex.chars().skip(2).allMatch(c -> Character.digit(c, 16) >= 0);
  }

  /** The calldata bytes; only for input that {@link #hasValidInput()}. */
  public byte[] input() {
    if (!hasValidInput()) {
      throw new IllegalStateException(
          "setup call input '" + inputHex + "' is not 0x-prefixed even-length hex");
    }
    byte[] bytes = new byte[(inputHex.length() - 2) / 2];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) Integer.parseInt(inputHex.substring(2 + 2 * i, 4 + 2 * i), 16);
    }
    return bytes;
  }
}
