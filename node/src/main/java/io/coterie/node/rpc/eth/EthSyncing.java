package io.coterie.node.rpc.eth;

import io.coterie.node.rpc.json.Quantity;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;
import io.coterie.node.sync.SyncStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code eth_syncing()}: false when caught up (or when the node has no synchroniser), else {@code
 * {startingBlock, currentBlock, highestBlock}} as quantities, from the block synchroniser.
 */
public final class EthSyncing implements RpcMethod {
  private final Supplier<Optional<SyncStatus>> status;

  public EthSyncing() {
    this(Optional::empty);
  }

  public EthSyncing(Supplier<Optional<SyncStatus>> status) {
    this.status = status;
  }

  @Override
  public String name() {
    return "eth_syncing";
  }

  @Override
  public Object execute(RpcParams params) {
    params.atMost(0);
    Optional<SyncStatus> current = status.get();
    if (current.isEmpty()) {
      return Boolean.FALSE;
    }
    Map<String, String> result = new LinkedHashMap<>();
    result.put("startingBlock", Quantity.encode(current.get().startingBlock()));
    result.put("currentBlock", Quantity.encode(current.get().currentBlock()));
    result.put("highestBlock", Quantity.encode(current.get().highestBlock()));
    return result;
  }
}
