package io.coterie.node.rpc.eth;

import io.coterie.node.execution.CallRequest;
import io.coterie.node.types.BlockHeader;

/**
 * The node's {@code --rpc-gas-cap} on simulated calls, as Besu and geth apply it: a call asking for
 * more gas (or for none, which means the block gas limit) runs with the cap instead. 0 means no cap
 * beyond the block gas limit.
 */
public record CallGasCap(long cap) {
  public static final CallGasCap NONE = new CallGasCap(0);

  public CallGasCap {
    if (cap < 0) {
      throw new IllegalArgumentException("the gas cap must be 0 (none) or more, got " + cap);
    }
  }

  /** The request with its gas limit set: its own, the block's, or the cap, whichever is least. */
  CallRequest apply(CallRequest request, BlockHeader atBlock) {
    long gas = request.gasLimit().orElse(atBlock.gasLimit());
    long capped = cap > 0 ? Math.min(gas, cap) : gas;
    return new CallRequest(
        request.from(),
        request.to(),
        java.util.Optional.of(capped),
        request.gasPrice(),
        request.value(),
        request.data());
  }

  /** Whether the cap, not the caller, chose the gas of {@code capped}. */
  boolean limited(CallRequest original, CallRequest capped, BlockHeader atBlock) {
    return capped.gasLimit().orElseThrow() < original.gasLimit().orElse(atBlock.gasLimit());
  }

  /** Said after a failure of a call the cap limited, so the caller knows why. */
  String hint() {
    return "; this node runs calls with at most " + cap + " gas (--rpc-gas-cap)";
  }
}
