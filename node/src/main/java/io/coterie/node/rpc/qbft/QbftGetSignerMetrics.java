package io.coterie.node.rpc.qbft;

import io.coterie.node.consensus.qbft.port.ValidatorProvider;
import io.coterie.node.rpc.eth.BlockResolver;
import io.coterie.node.rpc.json.BlockParameter;
import io.coterie.node.rpc.json.InvalidParamsException;
import io.coterie.node.rpc.json.Quantity;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;
import io.coterie.node.types.Address;
import io.coterie.node.types.BlockHeader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code qbft_getSignerMetrics([fromBlock], [toBlock])}: for each validator of the range's last
 * block and each proposer in the range, {@code address}, {@code proposedBlockCount} and {@code
 * lastProposedBlockNumber} (quantities), as Besu. The range defaults to the last 100 blocks up to
 * {@code latest}; block 0 (genesis) has no proposer and is skipped.
 */
public final class QbftGetSignerMetrics implements RpcMethod {
  static final long DEFAULT_BLOCKS = 100;
  static final long MAX_BLOCKS = 10_000;

  private final BlockResolver blocks;
  private final ValidatorProvider validators;

  public QbftGetSignerMetrics(BlockResolver blocks, ValidatorProvider validators) {
    this.blocks = blocks;
    this.validators = validators;
  }

  @Override
  public String name() {
    return "qbft_getSignerMetrics";
  }

  /** One validator's row. */
  public record SignerMetric(
      String address, String proposedBlockCount, String lastProposedBlockNumber) {}

  @Override
  public Object execute(RpcParams params) {
    params.atMost(2);
    long to = blocks.number(params.optionalBlock(1, "toBlock", BlockParameter.LATEST));
    long from =
        params.optional(0, "fromBlock").isPresent()
            ? blocks.number(params.requiredBlock(0, "fromBlock"))
            : Math.max(0, to - DEFAULT_BLOCKS + 1);
    if (from > to) {
      throw new InvalidParamsException(
          "fromBlock " + from + " is after toBlock " + to + "; swap them");
    }
    if (to - from + 1 > MAX_BLOCKS) {
      throw new InvalidParamsException(
          "a range of " + (to - from + 1) + " blocks is over " + MAX_BLOCKS + "; narrow it");
    }
    Map<Address, long[]> counts = new TreeMap<>();
    for (Address validator : validators.validatorsAt(Math.max(1, to))) {
      counts.put(validator, new long[] {0, 0});
    }
    for (long n = Math.max(1, from); n <= to; n++) {
      BlockHeader header = blocks.chain().headerByNumber(n).orElseThrow();
      long[] row = counts.computeIfAbsent(header.coinbase(), a -> new long[] {0, 0});
      row[0]++;
      row[1] = n;
    }
    List<SignerMetric> out = new ArrayList<>();
    counts.forEach(
        (address, row) ->
            out.add(
                new SignerMetric(
                    address.toHex(), Quantity.encode(row[0]), Quantity.encode(row[1]))));
    return out;
  }
}
