package io.coterie.node.rpc.eth.filter;

import io.coterie.node.rpc.eth.LogQuery;
import io.coterie.node.rpc.json.BlockParameter;
import io.coterie.node.rpc.json.InvalidParamsException;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;

/**
 * {@code eth_newFilter(filter)}: installs a log filter ({@code fromBlock}, {@code toBlock}, {@code
 * address}, {@code topics}) and returns its id. {@code eth_getFilterChanges} then returns the
 * matching logs of blocks imported since the last poll; {@code eth_getFilterLogs} runs the whole
 * query. A {@code blockHash} filter is refused: use {@code eth_getLogs} for one block.
 */
public final class EthNewFilter implements RpcMethod {
  private final FilterStore filters;

  public EthNewFilter(FilterStore filters) {
    this.filters = filters;
  }

  @Override
  public String name() {
    return "eth_newFilter";
  }

  @Override
  public Object execute(RpcParams params) {
    params.atMost(1);
    LogQuery query = LogQuery.parse(params.required(0, "filter"));
    if (query.blockHash().isPresent()) {
      throw new InvalidParamsException(
          "invalid argument 0: a filter follows new blocks and cannot take blockHash; use"
              + " eth_getLogs with blockHash to read one block's logs");
    }
    return filters.installLogs(
        query, bound(query.fromBlock(), 0), bound(query.toBlock(), Long.MAX_VALUE));
  }

  private static long bound(BlockParameter block, long open) {
    if (block instanceof BlockParameter.ByNumber byNumber) {
      return byNumber.number();
    }
    if (block instanceof BlockParameter.ByHash) {
      throw new InvalidParamsException(
          "invalid argument 0: fromBlock and toBlock take a number or tag, not a block hash");
    }
    return open;
  }
}
