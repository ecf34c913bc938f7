package io.coterie.node.rpc.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coterie.node.rpc.method.RpcError;
import io.coterie.node.rpc.method.RpcException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * All live subscriptions of all connections. The chain side publishes here after a block is
 * committed ({@link #onNewHead}, {@link #onLogs}) and the pool on a new transaction ({@link
 * #onPendingTransaction}); the hub sends each subscriber an {@code eth_subscription} notification.
 * Thread-safe; publishing never blocks on a slow client (sinks queue). Bounded: {@code
 * maxPerConnection} subscriptions per connection and {@code maxSubscriptions} in all.
 */
public final class SubscriptionHub {
  public static final int MAX_SUBSCRIPTIONS = 100_000;
  public static final int MAX_SUBSCRIPTIONS_PER_CONNECTION = 100;

  private static final Logger LOG = LoggerFactory.getLogger(SubscriptionHub.class);

  private final ConcurrentMap<String, Subscription> byId = new ConcurrentHashMap<>();
  private final Map<SubscriptionSink, Integer> perSink = new HashMap<>();
  private final SubscriptionIdSource ids;
  private final int maxSubscriptions;
  private final int maxPerConnection;

  public SubscriptionHub(SubscriptionIdSource ids, int maxSubscriptions, int maxPerConnection) {
    this.ids = ids;
    this.maxSubscriptions = maxSubscriptions;
    this.maxPerConnection = maxPerConnection;
  }

  public SubscriptionHub(SubscriptionIdSource ids) {
    this(ids, MAX_SUBSCRIPTIONS, MAX_SUBSCRIPTIONS_PER_CONNECTION);
  }

  public SubscriptionHub() {
    this(new SubscriptionIdSource());
  }

  /**
   * Registers a subscription for the connection and returns its id.
   *
   * @throws RpcException -32005 when the connection or the node has its limit of subscriptions
   */
  public synchronized String subscribe(
      SubscriptionSink sink, SubscriptionKind kind, LogFilter filter) {
    int owned = perSink.getOrDefault(sink, 0);
    if (owned >= maxPerConnection) {
      throw new RpcException(
          RpcError.limitExceeded(
              "this connection has "
                  + owned
                  + " subscriptions, the limit per connection"
                  + " (--rpc-ws-max-subscriptions-per-connection); eth_unsubscribe those you no"
                  + " longer need, or share one subscription"));
    }
    if (byId.size() >= maxSubscriptions) {
      throw new RpcException(
          RpcError.limitExceeded(
              "the node has "
                  + byId.size()
                  + " subscriptions, its limit (--rpc-ws-max-active-subscriptions); try again"
                  + " later"));
    }
    String id = ids.next();
    byId.put(id, new Subscription(id, kind, filter, sink));
    perSink.merge(sink, 1, Integer::sum);
    return id;
  }

  /**
   * Removes the subscription if it belongs to this connection; false when it does not exist here.
   */
  public synchronized boolean unsubscribe(SubscriptionSink sink, String id) {
    Subscription subscription = byId.get(id);
    if (subscription == null || subscription.sink() != sink || !byId.remove(id, subscription)) {
      return false;
    }
    perSink.computeIfPresent(sink, (s, count) -> count == 1 ? null : count - 1);
    return true;
  }

  /** Drops every subscription of a closed connection and returns how many there were. */
  public synchronized int removeAll(SubscriptionSink sink) {
    int before = byId.size();
    byId.values().removeIf(subscription -> subscription.sink() == sink);
    perSink.remove(sink);
    return before - byId.size();
  }

  public int size() {
    return byId.size();
  }

  /**
   * A new canonical head, in the JSON shape of {@code eth_getBlockByNumber} without transactions.
   */
  public void onNewHead(JsonNode headerJson) {
    publish(SubscriptionKind.NEW_HEADS, headerJson);
  }

  /**
   * The logs of a committed block, in JSON-RPC log shape (with {@code address} and {@code topics}).
   */
  public void onLogs(List<JsonNode> logJsons) {
    logJsons.forEach(log -> publish(SubscriptionKind.LOGS, log));
  }

  public void onPendingTransaction(String transactionHash) {
    publish(
        SubscriptionKind.NEW_PENDING_TRANSACTIONS,
        JsonNodeFactory.instance.textNode(transactionHash));
  }

  /**
   * Sends {@code payload} to every subscription of {@code kind}; a log only where the filter
   * matches.
   */
  public void publish(SubscriptionKind kind, JsonNode payload) {
    for (Subscription subscription : byId.values()) {
      if (subscription.kind() != kind || !accepts(subscription, payload)) {
        continue;
      }
      try {
        subscription.sink().send(notification(subscription.id(), payload));
      } catch (RuntimeException e) {
        LOG.warn(
            "Subscription notification failed subscription={} kind={}", subscription.id(), kind, e);
      }
    }
  }

  private static boolean accepts(Subscription subscription, JsonNode payload) {
    return switch (subscription.kind()) {
      case LOGS -> LogFilterMatcher.matches(subscription.filter(), payload);
      case NEW_HEADS, NEW_PENDING_TRANSACTIONS -> true;
    };
  }

  static ObjectNode notification(String subscriptionId, JsonNode result) {
    ObjectNode params = JsonNodeFactory.instance.objectNode();
    params.put("subscription", subscriptionId);
    params.set("result", result);
    ObjectNode notification = JsonNodeFactory.instance.objectNode();
    notification.put("jsonrpc", "2.0");
    notification.put("method", "eth_subscription");
    notification.set("params", params);
    return notification;
  }
}
