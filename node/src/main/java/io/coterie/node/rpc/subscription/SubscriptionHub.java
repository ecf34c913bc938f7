package io.coterie.node.rpc.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * All live subscriptions of all connections. The chain side publishes here after a block is
 * committed ({@link #onNewHead}, {@link #onLogs}) and the pool on a new transaction ({@link
 * #onPendingTransaction}); the hub sends each subscriber an {@code eth_subscription} notification.
 * Thread-safe; publishing never blocks on a slow client (sinks queue).
 */
public final class SubscriptionHub {
  private static final Logger LOG = LoggerFactory.getLogger(SubscriptionHub.class);

  private final ConcurrentMap<String, Subscription> byId = new ConcurrentHashMap<>();
  private final SubscriptionIdSource ids;

  public SubscriptionHub(SubscriptionIdSource ids) {
    this.ids = ids;
  }

  public SubscriptionHub() {
    this(new SubscriptionIdSource());
  }

  /** Registers a subscription for the connection and returns its id. */
  public String subscribe(SubscriptionSink sink, SubscriptionKind kind, LogFilter filter) {
    String id = ids.next();
    byId.put(id, new Subscription(id, kind, filter, sink));
    return id;
  }

  /**
   * Removes the subscription if it belongs to this connection; false when it does not exist here.
   */
  public boolean unsubscribe(SubscriptionSink sink, String id) {
    Subscription subscription = byId.get(id);
    return subscription != null && subscription.sink() == sink && byId.remove(id, subscription);
  }

  /** Drops every subscription of a closed connection and returns how many there were. */
  public int removeAll(SubscriptionSink sink) {
    int before = byId.size();
    byId.values().removeIf(subscription -> subscription.sink() == sink);
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
