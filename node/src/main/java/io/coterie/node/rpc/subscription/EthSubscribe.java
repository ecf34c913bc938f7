package io.coterie.node.rpc.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import io.coterie.node.rpc.json.InvalidParamsException;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;

/**
 * {@code eth_subscribe(kind, [filter])} for one WebSocket connection. Kinds: {@code newHeads},
 * {@code logs} (with an optional {@code {address, topics}} filter), {@code newPendingTransactions}
 * (hashes only). Returns the subscription id; notifications then arrive as {@code
 * eth_subscription}.
 */
public final class EthSubscribe implements RpcMethod {
  private final SubscriptionHub hub;
  private final SubscriptionSink connection;

  public EthSubscribe(SubscriptionHub hub, SubscriptionSink connection) {
    this.hub = hub;
    this.connection = connection;
  }

  @Override
  public String name() {
    return "eth_subscribe";
  }

  @Override
  public Object execute(RpcParams params) {
    String kindName = params.requiredString(0, "subscription kind");
    SubscriptionKind kind =
        SubscriptionKind.fromJsonName(kindName)
            .orElseThrow(
                () ->
                    new InvalidParamsException(
                        "invalid param 0 (subscription kind): unknown kind '"
                            + kindName
                            + "'; supported: "
                            + SubscriptionKind.allNames()));
    LogFilter filter =
        switch (kind) {
          case LOGS -> logFilter(params.atMost(2));
          case NEW_HEADS -> {
            params.atMost(1);
            yield LogFilter.ALL;
          }
          case NEW_PENDING_TRANSACTIONS -> {
            if (params.atMost(2).optionalBoolean(1, "fullTransactions", false)) {
              throw new InvalidParamsException(
                  "invalid param 1 (fullTransactions): only transaction hashes are sent; pass false"
                      + " or leave it out");
            }
            yield LogFilter.ALL;
          }
        };
    return hub.subscribe(connection, kind, filter);
  }

  private static LogFilter logFilter(RpcParams params) {
    JsonNode filter = params.optional(1, "filter").orElse(null);
    try {
      return LogFilter.fromJson(filter);
    } catch (InvalidParamsException e) {
      throw e.forParam(1, "filter");
    }
  }
}
