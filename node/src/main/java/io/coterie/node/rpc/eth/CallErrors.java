package io.coterie.node.rpc.eth;

import io.coterie.node.execution.CallOutcome;
import io.coterie.node.rpc.method.RpcError;
import io.coterie.node.rpc.method.RpcException;

/** How a call that did not succeed reaches the client, as geth reports it. */
final class CallErrors {
  private CallErrors() {}

  /** Code 3 "execution reverted[: reason]" with the revert data, as geth sends it. */
  static RpcException reverted(CallOutcome.Reverted reverted) {
    return new RpcException(
        RpcError.executionReverted(
            RevertReason.decode(reverted.revertData()).orElse(null),
            reverted.revertData().toHex()));
  }

  /** -32000 with the executor's explanation. */
  static RpcException failed(CallOutcome.Failed failed) {
    return failed(failed, "");
  }

  /** As {@link #failed(CallOutcome.Failed)}, followed by {@code hint}. */
  static RpcException failed(CallOutcome.Failed failed, String hint) {
    return new RpcException(RpcError.serverError(failed.message() + hint));
  }
}
