package io.coterie.node.rpc.eth.filter;

import io.coterie.node.rpc.eth.LogQuery;
import io.coterie.node.rpc.json.BlockParameter;
import io.coterie.node.rpc.json.InvalidParamsException;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RequestScope;
import io.coterie.node.rpc.method.RpcError;
import io.coterie.node.rpc.method.RpcException;
import io.coterie.node.rpc.method.RpcMethod;

/**
 * {@code eth_newFilter(filter)}: installs a log filter ({@code fromBlock}, {@code toBlock}, {@code
 * address}, {@code topics}) and returns its id. {@code eth_getFilterChanges} then returns the
 * matching logs of blocks imported since the last poll; {@code eth_getFilterLogs} runs the whole
 * query. A {@code blockHash} filter is refused: use {@code eth_getLogs} for one block.
 */
public final class EthNewFilter implements RpcMethod {
  private final FilterStore filters;
  private final long maxBlockRange;

  public EthNewFilter(FilterStore filters, long maxBlockRange) {
    this.filters = filters;
    this.maxBlockRange = maxBlockRange;
  }

  public EthNewFilter(FilterStore filters) {
    this(filters, LogQuery.MAX_BLOCK_RANGE);
  }

  @Override
  public String name() {
    return "eth_newFilter";
  }

  @Override
  public Object execute(RpcParams params) {
    return execute(params, RequestScope.local());
  }

  /**
   * The filter belongs to the caller's address; a range of explicit block numbers wider than {@code
   * --rpc-max-logs-range} is refused now rather than at {@code eth_getFilterLogs}.
   */
  @Override
  public Object execute(RpcParams params, RequestScope scope) {
    params.atMost(1);
    LogQuery query = LogQuery.parse(params.required(0, "filter"));
    if (query.blockHash().isPresent()) {
      throw new InvalidParamsException(
          "invalid argument 0: a filter follows new blocks and cannot take blockHash; use"
              + " eth_getLogs with blockHash to read one block's logs");
    }
    long from = bound(query.fromBlock(), 0);
    long to = bound(query.toBlock(), Long.MAX_VALUE);
    boolean explicit =
        query.fromBlock() instanceof BlockParameter.ByNumber
            && query.toBlock() instanceof BlockParameter.ByNumber;
    if (explicit && to >= from && to - from + 1 > maxBlockRange) {
      throw new RpcException(
          RpcError.limitExceeded(
              "block range of "
                  + (to - from + 1)
                  + " blocks exceeds the limit of "
                  + maxBlockRange
                  + " per filter (--rpc-max-logs-range); narrow fromBlock/toBlock"));
    }
    return filters.installLogs(scope.remote(), query, from, to);
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
