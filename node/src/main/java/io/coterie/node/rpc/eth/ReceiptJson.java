package io.coterie.node.rpc.eth;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coterie.node.rpc.json.Quantity;
import io.coterie.node.types.Block;
import io.coterie.node.types.Hash;
import io.coterie.node.types.Log;
import io.coterie.node.types.Receipt;
import io.coterie.node.types.ReceiptList;
import io.coterie.node.types.Transaction;
import java.util.List;

/**
 * A receipt as geth shows it: the stored fields plus those derived from the block (sender, per-tx
 * {@code gasUsed} from the cumulative values, {@code effectiveGasPrice} at the block's base fee,
 * block-wide {@code logIndex}). {@code contractAddress} is always {@code null}: this chain creates
 * no contracts.
 */
public final class ReceiptJson {
  private ReceiptJson() {}

  public static ObjectNode of(Block block, Hash blockHash, List<Receipt> receipts, int index) {
    int firstLogIndex = ReceiptList.of(receipts).firstLogIndex(index);
    return build(block, blockHash, receipts, index, firstLogIndex);
  }

  /** Every receipt of a block, in order ({@code eth_getBlockReceipts}). */
  public static ArrayNode all(Block block, Hash blockHash, List<Receipt> receipts) {
    ArrayNode out = JsonNodes.array();
    int logIndex = 0;
    for (int i = 0; i < receipts.size(); i++) {
      out.add(build(block, blockHash, receipts, i, logIndex));
      logIndex += receipts.get(i).logs().size();
    }
    return out;
  }

  private static ObjectNode build(
      Block block, Hash blockHash, List<Receipt> receipts, int index, int firstLogIndex) {
    Receipt receipt = receipts.get(index);
    Transaction tx = block.transactions().get(index);
    long previousGas = index == 0 ? 0 : receipts.get(index - 1).cumulativeGasUsed();
    ObjectNode json = JsonNodes.object();
    json.put("blockHash", blockHash.toHex());
    json.put("blockNumber", JsonNodes.quantity(block.header().number()));
    json.putNull("contractAddress");
    json.put("cumulativeGasUsed", JsonNodes.quantity(receipt.cumulativeGasUsed()));
    json.put(
        "effectiveGasPrice", Quantity.encode(tx.effectiveGasPrice(block.header().baseFeePerGas())));
    json.put("from", JsonNodes.address(tx.sender()));
    json.put("gasUsed", JsonNodes.quantity(receipt.cumulativeGasUsed() - previousGas));
    ArrayNode logs = json.putArray("logs");
    int logIndex = firstLogIndex;
    for (Log log : receipt.logs()) {
      logs.add(
          LogJson.of(log, new LogJson.Position(block, blockHash, tx.hash(), index, logIndex++)));
    }
    json.put("logsBloom", receipt.bloom().toHex());
    json.put("status", receipt.success() ? "0x1" : "0x0");
    if (tx.to().isPresent()) {
      json.put("to", JsonNodes.address(tx.to().get()));
    } else {
      json.putNull("to");
    }
    json.put("transactionHash", tx.hash().toHex());
    json.put("transactionIndex", JsonNodes.quantity(index));
    json.put("type", JsonNodes.quantity(tx.type().code()));
    return json;
  }
}
