package io.coterie.node.execution;

/**
 * The chain-wide rules execution enforces, from the genesis: the chain id transactions must be
 * signed for, whether only accounts holding a role may send, and whether plain native-coin
 * transfers are allowed.
 */
public record ExecutionRules(long chainId, boolean accountPermissioning, boolean nativeTransfers) {
  public ExecutionRules {
    if (chainId <= 0) {
      throw new IllegalArgumentException("chain id must be positive, got " + chainId);
    }
  }
}
