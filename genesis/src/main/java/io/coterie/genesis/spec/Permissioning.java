package io.coterie.genesis.spec;

/**
 * Who may send transactions. With account permissioning on, only accounts holding a role in the
 * roles precompile may transact, which is what keeps a zero-fee network free of spam.
 */
public record Permissioning(boolean accountPermissioning) {
  public static Permissioning on() {
    return new Permissioning(true);
  }

  public static Permissioning off() {
    return new Permissioning(false);
  }
}
