package io.coterie.node.rpc.eth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coterie.node.types.Block;
import io.coterie.node.types.Hash;
import io.coterie.node.types.Log;
import io.coterie.node.types.Receipt;
import java.util.ArrayList;
import java.util.List;

/**
 * A log as {@code eth_getLogs}, receipts and {@code logs} subscriptions show it: address, topics,
 * data, then where it sits ({@code blockNumber}, {@code transactionHash}, {@code transactionIndex},
 * {@code blockHash}, {@code blockTimestamp}, {@code logIndex} counted across the whole block) and
 * {@code removed} (always false: QBFT blocks are final).
 */
public final class LogJson {
  private LogJson() {}

  /** Where a log sits in the chain. */
  public record Position(
      Block block, Hash blockHash, Hash transactionHash, int transactionIndex, int logIndex) {}

  public static ObjectNode of(Log log, Position at) {
    ObjectNode json = JsonNodes.object();
    json.put("address", JsonNodes.address(log.address()));
    json.set("topics", JsonNodes.hashes(log.topics()));
    json.put("data", log.data().toHex());
    json.put("blockNumber", JsonNodes.quantity(at.block().header().number()));
    json.put("transactionHash", at.transactionHash().toHex());
    json.put("transactionIndex", JsonNodes.quantity(at.transactionIndex()));
    json.put("blockHash", at.blockHash().toHex());
    json.put("blockTimestamp", JsonNodes.quantity(at.block().header().timestamp()));
    json.put("logIndex", JsonNodes.quantity(at.logIndex()));
    json.put("removed", false);
    return json;
  }

  /** A block's logs in order, each with its position. */
  public static List<Entry> entries(Block block, Hash blockHash, List<Receipt> receipts) {
    List<Entry> out = new ArrayList<>();
    int logIndex = 0;
    for (int i = 0; i < receipts.size() && i < block.transactions().size(); i++) {
      Hash txHash = block.transactions().get(i).hash();
      for (Log log : receipts.get(i).logs()) {
        out.add(new Entry(log, new Position(block, blockHash, txHash, i, logIndex++)));
      }
    }
    return out;
  }

  /** A log and its position, before it is rendered (filters match on the log first). */
  public record Entry(Log log, Position position) {
    public ObjectNode toJson() {
      return of(log, position);
    }
  }
}
