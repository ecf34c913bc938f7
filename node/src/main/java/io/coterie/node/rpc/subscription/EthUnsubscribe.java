package io.coterie.node.rpc.subscription;

import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcError;
import io.coterie.node.rpc.method.RpcException;
import io.coterie.node.rpc.method.RpcMethod;

/**
 * {@code eth_unsubscribe(id)} for one WebSocket connection: true when removed; error -32000 when
 * this connection has no subscription with that id.
 */
public final class EthUnsubscribe implements RpcMethod {
  private final SubscriptionHub hub;
  private final SubscriptionSink connection;

  public EthUnsubscribe(SubscriptionHub hub, SubscriptionSink connection) {
    this.hub = hub;
    this.connection = connection;
  }

  @Override
  public String name() {
    return "eth_unsubscribe";
  }

  @Override
  public Object execute(RpcParams params) {
    String id = params.atMost(1).requiredString(0, "subscription id");
    if (!hub.unsubscribe(connection, id)) {
      throw new RpcException(
          RpcError.serverError(
              "subscription "
                  + id
                  + " not found; it was never created on this connection or was already removed"));
    }
    return Boolean.TRUE;
  }
}
