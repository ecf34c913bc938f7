package io.coterie.node.rpc.eth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coterie.node.chain.ChainReader;
import io.coterie.node.rpc.json.InvalidParamsException;
import io.coterie.node.rpc.json.Quantity;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;
import io.coterie.node.types.Block;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Hash;
import io.coterie.node.types.Receipt;
import io.coterie.node.types.Transaction;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code eth_feeHistory(blockCount, newestBlock, rewardPercentiles?)}: for the {@code blockCount}
 * blocks up to {@code newestBlock}, each block's base fee (plus the one after the newest: that
 * block's own when stored, else the newest's, since this chain's base fee is fixed by genesis), its
 * gas used ratio and, per requested percentile, the effective tip paid at that percentile of the
 * block's gas (geth's algorithm). Blob fields are zero: this chain has no blobs.
 */
public final class EthFeeHistory implements RpcMethod {
  static final int MAX_BLOCK_COUNT = 1_024;
  static final int MAX_PERCENTILES = 100;

  private final BlockResolver blocks;

  public EthFeeHistory(BlockResolver blocks) {
    this.blocks = blocks;
  }

  @Override
  public String name() {
    return "eth_feeHistory";
  }

  @Override
  public Object execute(RpcParams params) {
    params.atMost(3);
    long requested = blockCount(params.required(0, "blockCount"));
    BlockHeader newest = blocks.require(params.requiredBlock(1, "newestBlock"));
    double[] percentiles = percentiles(params.optional(2, "rewardPercentiles").orElse(null));
    long count = Math.min(requested, newest.number() + 1);
    long oldest = newest.number() - count + 1;
    ChainReader chain = blocks.chain();
    ObjectNode json = JsonNodes.object();
    json.put("oldestBlock", JsonNodes.quantity(count == 0 ? newest.number() : oldest));
    ArrayNode baseFees = json.putArray("baseFeePerGas");
    ArrayNode ratios = json.putArray("gasUsedRatio");
    ArrayNode rewards = JsonNodes.array();
    ArrayNode blobFees = json.putArray("baseFeePerBlobGas");
    ArrayNode blobRatios = json.putArray("blobGasUsedRatio");
    for (long number = oldest; number < oldest + count; number++) {
      Block block = chain.blockByNumber(number).orElseThrow();
      BlockHeader header = block.header();
      baseFees.add(Quantity.encode(header.baseFeePerGas()));
      ratios.add(header.gasLimit() == 0 ? 0.0 : (double) header.gasUsed() / header.gasLimit());
      blobFees.add("0x0");
      blobRatios.add(0.0);
      if (percentiles != null) {
        Hash hash = chain.hash(header);
        rewards.add(rewards(block, chain.receipts(hash).orElse(List.of()), percentiles));
      }
    }
    if (count > 0) {
      BigInteger next =
          chain
              .headerByNumber(newest.number() + 1)
              .map(BlockHeader::baseFeePerGas)
              .orElse(newest.baseFeePerGas());
      baseFees.add(Quantity.encode(next));
      blobFees.add("0x0");
    }
    if (percentiles != null) {
      json.set("reward", rewards);
    }
    return json;
  }

  private static long blockCount(JsonNode node) {
    long count;
    if (node.isIntegralNumber()) {
      count = node.longValue();
    } else if (node.isTextual()) {
      count = io.coterie.node.rpc.json.Quantity.decodeLong(node.textValue());
    } else {
      throw new InvalidParamsException(
          "invalid param 0 (blockCount): expected a quantity such as 0xa, got " + node);
    }
    if (count < 1 || count > MAX_BLOCK_COUNT) {
      throw new InvalidParamsException(
          "invalid param 0 (blockCount): expected 1 to " + MAX_BLOCK_COUNT + ", got " + count);
    }
    return count;
  }

  private static double[] percentiles(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (!node.isArray() || node.size() > MAX_PERCENTILES) {
      throw new InvalidParamsException(
          "invalid param 2 (rewardPercentiles): expected an array of at most "
              + MAX_PERCENTILES
              + " numbers from 0 to 100 in ascending order, such as [25, 75]");
    }
    double[] out = new double[node.size()];
    for (int i = 0; i < out.length; i++) {
      JsonNode value = node.get(i);
      if (!value.isNumber() || value.doubleValue() < 0 || value.doubleValue() > 100) {
        throw new InvalidParamsException(
            "invalid param 2 (rewardPercentiles): entry " + i + " must be a number from 0 to 100");
      }
      out[i] = value.doubleValue();
      if (i > 0 && out[i] < out[i - 1]) {
        throw new InvalidParamsException(
            "invalid param 2 (rewardPercentiles): must ascend, but entry "
                + i
                + " ("
                + out[i]
                + ") is below entry "
                + (i - 1));
      }
    }
    return out;
  }

  private record Paid(BigInteger tip, long gasUsed) {}

  static ArrayNode rewards(Block block, List<Receipt> receipts, double[] percentiles) {
    ArrayNode out = JsonNodes.array();
    BigInteger baseFee = block.header().baseFeePerGas();
    List<Paid> paid = new ArrayList<>();
    long previous = 0;
    for (int i = 0; i < block.transactions().size() && i < receipts.size(); i++) {
      Transaction tx = block.transactions().get(i);
      long cumulative = receipts.get(i).cumulativeGasUsed();
      BigInteger tip = tx.effectiveGasPrice(baseFee).subtract(baseFee).max(BigInteger.ZERO);
      paid.add(new Paid(tip, cumulative - previous));
      previous = cumulative;
    }
    if (paid.isEmpty()) {
      for (int i = 0; i < percentiles.length; i++) {
        out.add("0x0");
      }
      return out;
    }
    paid.sort(Comparator.comparing(Paid::tip));
    long totalGas = block.header().gasUsed();
    int index = 0;
    long sumGas = paid.get(0).gasUsed();
    for (double percentile : percentiles) {
      long threshold = (long) (totalGas * percentile / 100);
      while (sumGas < threshold && index < paid.size() - 1) {
        index++;
        sumGas += paid.get(index).gasUsed();
      }
      out.add(Quantity.encode(paid.get(index).tip()));
    }
    return out;
  }
}
