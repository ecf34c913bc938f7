package io.coterie.chaincode.spi;

/**
 * Thrown when a call in a static context (an {@code eth_call} of a view, or a nested static call)
 * tries to write storage or emit an event. The host fails the call.
 */
public final class StaticCallViolation extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StaticCallViolation(ChainAddress account, String what) {
    super(
        "static call to %s tried to %s; send a transaction instead of eth_call to change state"
            .formatted(account.toHex(), what));
  }
}
