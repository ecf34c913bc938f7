package io.coterie.node.app;

import io.coterie.chaincode.noderules.AllowedNode;
import io.coterie.chaincode.noderules.NodeRulesPrecompile;
import io.coterie.chaincode.noderules.NodeRulesReader;
import io.coterie.node.crypto.PublicKey;
import io.coterie.node.execution.ChaincodeValues;
import io.coterie.node.execution.ReadOnlyWorldStorage;
import io.coterie.node.p2p.permission.OnChainNodeAllowlist;
import io.coterie.node.state.Account;
import io.coterie.node.state.WorldStateReader;
import io.coterie.node.types.Address;
import io.coterie.node.types.Hash;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The NodeRules precompile's list ({@code 0x…1006}) as it stands in the head block's state. The
 * keys are read again only when the precompile account's storage root changes, so asking once per
 * connection costs one account lookup in the head state.
 */
final class HeadNodeAllowlist implements OnChainNodeAllowlist {
  private static final Address NODE_RULES = ChaincodeValues.toNode(NodeRulesPrecompile.ADDRESS);

  private final Supplier<WorldStateReader> headState;
  private final NodeRulesReader reader;
  private volatile Snapshot snapshot = new Snapshot(Hash.EMPTY_TRIE, Set.of());
  // The keys when connected peers were last checked; apart from the snapshot, which any
  // connection may refresh first.
  private Set<PublicKey> checked = Set.of();

  private record Snapshot(Hash storageRoot, Set<PublicKey> keys) {
    Snapshot {
      keys = Set.copyOf(keys);
    }
  }

  HeadNodeAllowlist(Supplier<WorldStateReader> headState, NodeRulesReader reader) {
    this.headState = headState;
    this.reader = reader;
  }

  @Override
  public boolean contains(PublicKey nodeId) {
    return current(headState.get()).keys().contains(nodeId);
  }

  /**
   * Reads the list at the head, as after a block import; {@code true} when a key left it since the
   * last read, so connected peers must be checked again.
   */
  synchronized boolean refreshRemovedAny() {
    Set<PublicKey> before = checked;
    checked = current(headState.get()).keys();
    return !checked.containsAll(before);
  }

  private Snapshot current(WorldStateReader state) {
    Hash root = state.account(NODE_RULES).map(Account::storageRoot).orElse(Hash.EMPTY_TRIE);
    Snapshot cached = snapshot;
    if (cached.storageRoot().equals(root)) {
      return cached;
    }
    Set<PublicKey> keys =
        reader.nodes(new ReadOnlyWorldStorage(state)).stream()
            .map(AllowedNode::id)
            .map(PublicKey::fromBytes)
            .collect(Collectors.toSet());
    Snapshot fresh = new Snapshot(root, keys);
    snapshot = fresh;
    return fresh;
  }
}
