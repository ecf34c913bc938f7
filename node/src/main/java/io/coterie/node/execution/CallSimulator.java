package io.coterie.node.execution;

import io.coterie.node.types.BlockHeader;

/**
 * Runs calls against the state after a given block without committing anything (eth_call,
 * eth_estimateGas).
 */
public interface CallSimulator {
  CallOutcome call(CallRequest request, BlockHeader atBlock);

  /**
   * The smallest gas limit with which the call succeeds; the outcome at the block gas limit when it
   * never does.
   */
  GasEstimate estimateGas(CallRequest request, BlockHeader atBlock);

  /** Either the estimate, or the outcome that shows why no gas limit suffices. */
  sealed interface GasEstimate {
    record Estimated(long gas) implements GasEstimate {}

    record Impossible(CallOutcome outcome) implements GasEstimate {}
  }
}
