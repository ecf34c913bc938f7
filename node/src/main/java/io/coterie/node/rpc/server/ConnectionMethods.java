package io.coterie.node.rpc.server;

import io.coterie.node.rpc.method.MethodLookup;
import io.coterie.node.rpc.method.RpcMethod;
import io.coterie.node.rpc.subscription.EthSubscribe;
import io.coterie.node.rpc.subscription.EthUnsubscribe;
import io.coterie.node.rpc.subscription.SubscriptionHub;
import io.coterie.node.rpc.subscription.SubscriptionSink;
import java.util.Optional;
import java.util.Set;

/** The registry as seen by one WebSocket connection: plus its own subscribe and unsubscribe. */
final class ConnectionMethods implements MethodLookup {
  private final MethodLookup registry;
  private final EthSubscribe subscribe;
  private final EthUnsubscribe unsubscribe;

  ConnectionMethods(MethodLookup registry, SubscriptionHub hub, SubscriptionSink connection) {
    this.registry = registry;
    this.subscribe = new EthSubscribe(hub, connection);
    this.unsubscribe = new EthUnsubscribe(hub, connection);
  }

  @Override
  public Optional<RpcMethod> find(String name) {
    if (!registry.enabledNamespaces().contains("eth")) {
      return registry.find(name);
    }
    if (name.equals(subscribe.name())) {
      return Optional.of(subscribe);
    }
    if (name.equals(unsubscribe.name())) {
      return Optional.of(unsubscribe);
    }
    return registry.find(name);
  }

  @Override
  public Set<String> enabledNamespaces() {
    return registry.enabledNamespaces();
  }
}
