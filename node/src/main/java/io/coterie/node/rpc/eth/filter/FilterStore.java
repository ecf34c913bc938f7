package io.coterie.node.rpc.eth.filter;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.coterie.node.chain.ChainListener;
import io.coterie.node.rpc.eth.LogJson;
import io.coterie.node.rpc.eth.LogQuery;
import io.coterie.node.rpc.method.RpcError;
import io.coterie.node.rpc.method.RpcException;
import io.coterie.node.rpc.subscription.SubscriptionIdSource;
import io.coterie.node.types.Block;
import io.coterie.node.types.Hash;
import io.coterie.node.types.Receipt;
import io.coterie.node.types.Transaction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The installed polling filters of all clients, by id. Fed by block imports ({@link
 * #onBlockImported}: block hashes and matching logs) and by the pool ({@link
 * #onPendingTransaction}: hashes). A filter not polled for the idle timeout (five minutes, as geth)
 * is dropped, so forgotten filters do not pile up; there are at most {@code maxFilters} in all and
 * {@code maxPerOwner} of one remote address. Thread-safe.
 */
public final class FilterStore implements ChainListener {
  public static final Duration IDLE_TIMEOUT = Duration.ofMinutes(5);
  public static final int MAX_FILTERS = 1_000;
  public static final int MAX_FILTERS_PER_OWNER = 100;

  private final Map<String, Filter> filters = new ConcurrentHashMap<>();
  private final SubscriptionIdSource ids;
  private final Clock clock;
  private final int maxFilters;
  private final int maxPerOwner;
  private final Duration idleTimeout;

  public FilterStore(
      Clock clock,
      SubscriptionIdSource ids,
      int maxFilters,
      int maxPerOwner,
      Duration idleTimeout) {
    this.clock = clock;
    this.ids = ids;
    this.maxFilters = maxFilters;
    this.maxPerOwner = maxPerOwner;
    this.idleTimeout = idleTimeout;
  }

  public FilterStore(Clock clock, SubscriptionIdSource ids) {
    this(clock, ids, MAX_FILTERS, MAX_FILTERS_PER_OWNER, IDLE_TIMEOUT);
  }

  public FilterStore(Clock clock) {
    this(clock, new SubscriptionIdSource());
  }

  /**
   * A log filter of {@code owner} (a remote address) for blocks {@code fromBlock..toBlock}
   * (inclusive) imported from now on.
   */
  public String installLogs(String owner, LogQuery query, long fromBlock, long toBlock) {
    return install(
        new Filter(FilterKind.LOGS, owner, Optional.of(query), fromBlock, toBlock, now()));
  }

  /** A block or pending-transaction filter of {@code owner}. */
  public String install(String owner, FilterKind kind) {
    return install(new Filter(kind, owner, Optional.empty(), 0, Long.MAX_VALUE, now()));
  }

  private synchronized String install(Filter filter) {
    expire();
    if (filters.size() >= maxFilters) {
      throw new RpcException(
          RpcError.limitExceeded(
              "too many filters installed ("
                  + maxFilters
                  + ", --rpc-max-active-filters); uninstall filters you no longer poll, or use"
                  + " eth_subscribe over WebSocket"));
    }
    long owned = filters.values().stream().filter(f -> f.owner().equals(filter.owner())).count();
    if (owned >= maxPerOwner) {
      throw new RpcException(
          RpcError.limitExceeded(
              filter.owner()
                  + " has "
                  + owned
                  + " filters installed, the limit per address (--rpc-max-filters-per-ip);"
                  + " uninstall those you no longer poll (eth_uninstallFilter), or use"
                  + " eth_subscribe over WebSocket"));
    }
    String id = ids.next();
    filters.put(id, filter);
    return id;
  }

  /** The changes since the last poll, as geth returns them for the filter's kind. */
  public ArrayNode poll(String id) {
    expire();
    return require(id).drain(now());
  }

  /** The query of a log filter, for {@code eth_getFilterLogs}. */
  public LogQuery logQuery(String id) {
    expire();
    Filter filter = require(id);
    filter.touch(now());
    return filter
        .query()
        .orElseThrow(
            () ->
                new RpcException(
                    RpcError.serverError(
                        "filter "
                            + id
                            + " is a "
                            + filter.kind().name().toLowerCase(java.util.Locale.ROOT)
                            + " filter; eth_getFilterLogs serves log filters, poll this one with"
                            + " eth_getFilterChanges")));
  }

  public boolean uninstall(String id) {
    expire();
    return filters.remove(id) != null;
  }

  public int size() {
    return filters.size();
  }

  @Override
  public void onBlockImported(Block block, Hash blockHash, List<Receipt> receipts) {
    expire();
    List<LogJson.Entry> logs = null;
    for (Filter filter : filters.values()) {
      switch (filter.kind()) {
        case BLOCKS -> filter.add(JsonNodeFactory.instance.textNode(blockHash.toHex()));
        case LOGS -> {
          LogQuery query = filter.query().orElseThrow();
          if (!filter.covers(block.header().number())
              || !LogQuery.mightMatch(block.header().logsBloom(), query.filter())) {
            continue;
          }
          if (logs == null) {
            logs = LogJson.entries(block, blockHash, receipts);
          }
          for (LogJson.Entry entry : logs) {
            if (LogQuery.matches(query.filter(), entry.log())) {
              filter.add(entry.toJson());
            }
          }
        }
        case PENDING_TRANSACTIONS -> {}
      }
    }
  }

  public void onPendingTransaction(Transaction tx) {
    for (Filter filter : filters.values()) {
      if (filter.kind() == FilterKind.PENDING_TRANSACTIONS) {
        filter.add(JsonNodeFactory.instance.textNode(tx.hash().toHex()));
      }
    }
  }

  private Filter require(String id) {
    Filter filter = filters.get(id);
    if (filter == null) {
      throw new RpcException(
          RpcError.serverError(
              "filter not found: "
                  + id
                  + " was never installed, was uninstalled, or expired after "
                  + idleTimeout.toSeconds()
                  + " s without a poll; install a new filter and poll it more often"));
    }
    return filter;
  }

  private void expire() {
    Instant cutoff = now().minus(idleTimeout);
    filters.values().removeIf(filter -> filter.idleSince(cutoff));
  }

  private Instant now() {
    return clock.instant();
  }
}
