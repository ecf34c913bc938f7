package io.coterie.chaincode.noderules;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.spi.WorldStorage;
import java.util.List;

/**
 * Unmetered reads of the on-chain node allowlist, for the node's peer permissioning. Registered in
 * the {@link io.coterie.chaincode.spi.ServiceRegistry} by {@link NodeRulesModule}. Stateless and
 * thread-safe.
 */
public final class NodeRulesReader {

  /** Whether {@code node} is on the list: one storage read. */
  public boolean isAllowed(WorldStorage storage, AllowedNode node) {
    return state(storage).contains(node);
  }

  /** The list in {@code getNodes} order: 1 + 2n storage reads. */
  public List<AllowedNode> nodes(WorldStorage storage) {
    return List.copyOf(state(storage).nodes());
  }

  private static NodeRulesState state(WorldStorage storage) {
    return new NodeRulesState(AccountSlots.readOnly(storage, NodeRulesPrecompile.ADDRESS));
  }
}
