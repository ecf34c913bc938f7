package io.coterie.genesis.validate;

import java.util.Objects;

/**
 * One thing wrong with a genesis. {@code path} is the JSON path in the genesis file (for example
 * {@code config.qbft.blockperiodseconds}), so the same text helps whether the spec came from a file
 * or from code.
 */
public record GenesisProblem(String path, String message, String fix) {
  public GenesisProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(fix, "fix");
  }

  /** {@code path: message; fix}, the form shown to operators. */
  public String describe() {
    return path + ": " + message + "; " + fix;
  }

  @Override
  public String toString() {
    return describe();
  }
}
