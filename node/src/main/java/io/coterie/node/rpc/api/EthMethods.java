package io.coterie.node.rpc.api;

import io.coterie.node.chain.ChainListener;
import io.coterie.node.chain.ChainReader;
import io.coterie.node.execution.CallSimulator;
import io.coterie.node.rpc.eth.BlockResolver;
import io.coterie.node.rpc.eth.CallGasCap;
import io.coterie.node.rpc.eth.ChainEventsPublisher;
import io.coterie.node.rpc.eth.EthAccounts;
import io.coterie.node.rpc.eth.EthBlockNumber;
import io.coterie.node.rpc.eth.EthCall;
import io.coterie.node.rpc.eth.EthChainId;
import io.coterie.node.rpc.eth.EthEstimateGas;
import io.coterie.node.rpc.eth.EthFeeHistory;
import io.coterie.node.rpc.eth.EthGasPrice;
import io.coterie.node.rpc.eth.EthGetBalance;
import io.coterie.node.rpc.eth.EthGetBlockByHash;
import io.coterie.node.rpc.eth.EthGetBlockByNumber;
import io.coterie.node.rpc.eth.EthGetBlockReceipts;
import io.coterie.node.rpc.eth.EthGetBlockTransactionCountByHash;
import io.coterie.node.rpc.eth.EthGetBlockTransactionCountByNumber;
import io.coterie.node.rpc.eth.EthGetCode;
import io.coterie.node.rpc.eth.EthGetLogs;
import io.coterie.node.rpc.eth.EthGetProof;
import io.coterie.node.rpc.eth.EthGetRawTransactionByHash;
import io.coterie.node.rpc.eth.EthGetStorageAt;
import io.coterie.node.rpc.eth.EthGetTransactionByBlockHashAndIndex;
import io.coterie.node.rpc.eth.EthGetTransactionByBlockNumberAndIndex;
import io.coterie.node.rpc.eth.EthGetTransactionByHash;
import io.coterie.node.rpc.eth.EthGetTransactionCount;
import io.coterie.node.rpc.eth.EthGetTransactionReceipt;
import io.coterie.node.rpc.eth.EthMaxPriorityFeePerGas;
import io.coterie.node.rpc.eth.EthSendRawTransaction;
import io.coterie.node.rpc.eth.EthSyncing;
import io.coterie.node.rpc.eth.filter.EthGetFilterChanges;
import io.coterie.node.rpc.eth.filter.EthGetFilterLogs;
import io.coterie.node.rpc.eth.filter.EthNewBlockFilter;
import io.coterie.node.rpc.eth.filter.EthNewFilter;
import io.coterie.node.rpc.eth.filter.EthNewPendingTransactionFilter;
import io.coterie.node.rpc.eth.filter.EthUninstallFilter;
import io.coterie.node.rpc.eth.filter.FilterStore;
import io.coterie.node.rpc.method.MethodRegistry;
import io.coterie.node.rpc.method.RpcMethod;
import io.coterie.node.rpc.qbft.QbftGetValidatorsByBlockNumber;
import io.coterie.node.rpc.server.RpcLimits;
import io.coterie.node.rpc.subscription.SubscriptionHub;
import io.coterie.node.rpc.subscription.SubscriptionIdSource;
import io.coterie.node.rpc.txpool.TxpoolContent;
import io.coterie.node.rpc.txpool.TxpoolStatus;
import io.coterie.node.sync.SyncStatus;
import io.coterie.node.txpool.TransactionPool;
import io.coterie.node.types.Address;
import io.coterie.node.types.Transaction;
import java.math.BigInteger;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The {@code eth}, {@code txpool} and {@code qbft} methods over the node's ports, built once and
 * shared by every endpoint. Wiring, in {@code NodeBuilder}:
 *
 * <pre>{@code
 * EthMethods eth = new EthMethods(chain, pool, simulator, precompiles::contains, minGasPrice, hub,
 *     Clock.systemUTC());
 * eth.registerAll(httpRegistry);             // only the enabled namespaces are taken
 * eth.registerAll(wsRegistry);
 * chainListeners.add(eth.chainListener());   // filters, newHeads and logs subscriptions
 * pool.onPending(eth.pendingListener());     // filters, newPendingTransactions subscriptions
 * }</pre>
 */
public final class EthMethods {
  private final List<RpcMethod> methods;
  private final FilterStore filters;
  private final ChainEventsPublisher publisher;
  private final EventDelivery delivery = new EventDelivery();

  /**
   * @param isChaincode whether an address is a chaincode precompile ({@code eth_getCode} shows a
   *     marker there)
   * @param minGasPrice the pool's minimum gas price in wei (zero on a free network)
   * @param clock ages idle polling filters
   */
  public EthMethods(
      ChainReader chain,
      TransactionPool pool,
      CallSimulator simulator,
      Predicate<Address> isChaincode,
      BigInteger minGasPrice,
      SubscriptionHub hub,
      Clock clock) {
    this(chain, pool, simulator, isChaincode, minGasPrice, hub, clock, Optional::empty);
  }

  /**
   * As above, with {@code syncStatus} answering {@code eth_syncing}: the block synchroniser's
   * progress, empty when caught up.
   */
  public EthMethods(
      ChainReader chain,
      TransactionPool pool,
      CallSimulator simulator,
      Predicate<Address> isChaincode,
      BigInteger minGasPrice,
      SubscriptionHub hub,
      Clock clock,
      Supplier<Optional<SyncStatus>> syncStatus) {
    this(
        chain,
        pool,
        simulator,
        isChaincode,
        minGasPrice,
        hub,
        clock,
        syncStatus,
        RpcLimits.defaults());
  }

  /**
   * As above, with the node's limits: {@code --rpc-gas-cap}, {@code --rpc-max-logs-range} and the
   * filter limits and timeout.
   */
  public EthMethods(
      ChainReader chain,
      TransactionPool pool,
      CallSimulator simulator,
      Predicate<Address> isChaincode,
      BigInteger minGasPrice,
      SubscriptionHub hub,
      Clock clock,
      Supplier<Optional<SyncStatus>> syncStatus,
      RpcLimits limits) {
    this.filters =
        new FilterStore(
            clock,
            new SubscriptionIdSource(),
            limits.maxActiveFilters(),
            limits.maxFiltersPerIp(),
            limits.filterTimeout());
    this.publisher = new ChainEventsPublisher(hub);
    BlockResolver blocks = new BlockResolver(chain);
    CallGasCap gasCap = new CallGasCap(limits.gasCap());
    long logsRange = limits.maxLogsRange();
    this.methods =
        List.of(
            new EthChainId(chain.chainId()),
            new EthBlockNumber(chain),
            new EthSyncing(syncStatus),
            new EthAccounts(),
            new EthGasPrice(chain, minGasPrice),
            new EthMaxPriorityFeePerGas(minGasPrice),
            new EthFeeHistory(blocks),
            new EthGetBalance(blocks),
            new EthGetTransactionCount(blocks, pool),
            new EthGetCode(blocks, isChaincode),
            new EthGetStorageAt(blocks),
            new EthCall(blocks, simulator, gasCap),
            new EthEstimateGas(blocks, simulator, gasCap),
            new EthSendRawTransaction(pool),
            new EthGetTransactionByHash(chain, pool),
            new EthGetRawTransactionByHash(chain, pool),
            new EthGetTransactionByBlockNumberAndIndex(blocks),
            new EthGetTransactionByBlockHashAndIndex(chain),
            new EthGetTransactionReceipt(chain),
            new EthGetBlockReceipts(blocks),
            new EthGetBlockByNumber(blocks),
            new EthGetBlockByHash(chain),
            new EthGetBlockTransactionCountByNumber(blocks),
            new EthGetBlockTransactionCountByHash(chain),
            new EthGetLogs(blocks, logsRange),
            new EthGetProof(blocks),
            new EthNewFilter(filters, logsRange),
            new EthNewBlockFilter(filters),
            new EthNewPendingTransactionFilter(filters),
            new EthGetFilterChanges(filters),
            new EthGetFilterLogs(filters, blocks, logsRange),
            new EthUninstallFilter(filters),
            new TxpoolStatus(pool),
            new TxpoolContent(pool),
            new QbftGetValidatorsByBlockNumber(blocks));
  }

  public List<RpcMethod> methods() {
    return methods;
  }

  /** Registers every method whose namespace the registry enables. */
  public MethodRegistry registerAll(MethodRegistry registry) {
    return registry.registerAll(methods);
  }

  /**
   * Feeds polling filters and the newHeads / logs subscriptions; add it to the chain. Returns at
   * once: the delivery runs on its own thread ({@link EventDelivery}).
   */
  public ChainListener chainListener() {
    return delivery.chainListener(
        (block, blockHash, receipts) -> {
          filters.onBlockImported(block, blockHash, receipts);
          publisher.onBlockImported(block, blockHash, receipts);
        });
  }

  /**
   * Feeds pending-transaction filters and subscriptions; pass it to the pool's onPending. Returns
   * at once, as {@link #chainListener()}.
   */
  public Consumer<Transaction> pendingListener() {
    return delivery.pendingListener(
        tx -> {
          filters.onPendingTransaction(tx);
          publisher.onPendingTransaction(tx);
        });
  }

  public FilterStore filters() {
    return filters;
  }
}
