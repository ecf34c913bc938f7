package io.coterie.node.chain;

/**
 * A setup call of the chain spec failed while computing block 0, so there is no genesis block: the
 * spec is wrong (a missing role, a call in the wrong order, bad calldata) and must be fixed.
 */
public final class GenesisSetupException extends IllegalStateException {
  private final int callIndex;

  public GenesisSetupException(int callIndex, String message) {
    super(message);
    this.callIndex = callIndex;
  }

  /** The failing call's index in {@code config.coterie.setup}. */
  public int callIndex() {
    return callIndex;
  }
}
