package io.coterie.node.rpc.eth;

import com.fasterxml.jackson.databind.JsonNode;
import io.coterie.node.chain.ChainListener;
import io.coterie.node.rpc.subscription.SubscriptionHub;
import io.coterie.node.types.Block;
import io.coterie.node.types.Hash;
import io.coterie.node.types.Receipt;
import io.coterie.node.types.Transaction;
import java.util.List;

/**
 * Publishes chain events to WebSocket subscribers: each imported block's header ({@code newHeads},
 * {@link BlockJson#header}) and logs ({@code logs}, {@link LogJson} with {@code removed: false}),
 * and each newly pending transaction's hash ({@code newPendingTransactions}). Register it as a
 * chain listener and pass {@link #onPendingTransaction} to the pool's {@code onPending}.
 */
public final class ChainEventsPublisher implements ChainListener {
  private final SubscriptionHub hub;

  public ChainEventsPublisher(SubscriptionHub hub) {
    this.hub = hub;
  }

  @Override
  public void onBlockImported(Block block, Hash blockHash, List<Receipt> receipts) {
    if (hub.size() == 0) {
      return;
    }
    hub.onNewHead(BlockJson.header(block.header(), blockHash));
    List<JsonNode> logs =
        LogJson.entries(block, blockHash, receipts).stream()
            .map(entry -> (JsonNode) entry.toJson())
            .toList();
    hub.onLogs(logs);
  }

  public void onPendingTransaction(Transaction tx) {
    if (hub.size() > 0) {
      hub.onPendingTransaction(tx.hash().toHex());
    }
  }
}
