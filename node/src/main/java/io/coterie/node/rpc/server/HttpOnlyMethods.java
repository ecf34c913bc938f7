package io.coterie.node.rpc.server;

import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.MethodLookup;
import io.coterie.node.rpc.method.RpcError;
import io.coterie.node.rpc.method.RpcErrorCode;
import io.coterie.node.rpc.method.RpcException;
import io.coterie.node.rpc.method.RpcMethod;
import java.util.Optional;
import java.util.Set;

/**
 * The registry as seen over plain HTTP: subscription methods exist only on a WebSocket connection,
 * so they answer with the way to get one (geth answers "notifications not supported").
 */
final class HttpOnlyMethods implements MethodLookup {
  private final MethodLookup registry;

  HttpOnlyMethods(MethodLookup registry) {
    this.registry = registry;
  }

  @Override
  public Optional<RpcMethod> find(String name) {
    if (registry.enabledNamespaces().contains("eth")
        && (name.equals("eth_subscribe") || name.equals("eth_unsubscribe"))) {
      return Optional.of(new NeedsWebSocket(name));
    }
    return registry.find(name);
  }

  @Override
  public Set<String> enabledNamespaces() {
    return registry.enabledNamespaces();
  }

  private record NeedsWebSocket(String name) implements RpcMethod {
    @Override
    public Object execute(RpcParams params) {
      throw new RpcException(
          new RpcError(
              RpcErrorCode.METHOD_NOT_FOUND,
              "notifications not supported over HTTP; call "
                  + name
                  + " on the WebSocket endpoint"));
    }
  }
}
