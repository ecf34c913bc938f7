package io.coterie.node.rpc.auth;

import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.MethodLookup;
import io.coterie.node.rpc.method.RpcError;
import io.coterie.node.rpc.method.RpcException;
import io.coterie.node.rpc.method.RpcMethod;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The registry as one caller sees it for one request (one HTTP body or one WebSocket message, a
 * batch included): every method is checked against the caller's {@link Grant} when called, so a
 * refused entry of a batch answers -40100 and the others are answered. The login methods are always
 * callable. Not thread-safe: the processor calls it from one thread per request.
 */
public final class PermittedMethods implements MethodLookup {
  private final MethodLookup registry;
  private final Supplier<Grant> grantSource;
  private final List<RpcMethod> loginMethods;
  private Grant grant;
  private boolean refusedForMissingToken;

  PermittedMethods(
      MethodLookup registry, Supplier<Grant> grantSource, List<RpcMethod> loginMethods) {
    this.registry = registry;
    this.grantSource = grantSource;
    this.loginMethods = List.copyOf(loginMethods);
  }

  @Override
  public Optional<RpcMethod> find(String name) {
    for (RpcMethod login : loginMethods) {
      if (login.name().equals(name)) {
        return Optional.of(login);
      }
    }
    return registry.find(name).map(Guarded::new);
  }

  @Override
  public Set<String> enabledNamespaces() {
    Set<String> namespaces = new TreeSet<>(registry.enabledNamespaces());
    loginMethods.forEach(m -> namespaces.add(m.namespace()));
    return namespaces;
  }

  /** Whether a method was refused because the caller sent no token (HTTP then answers 401). */
  public boolean refusedForMissingToken() {
    return refusedForMissingToken;
  }

  /** The caller's grant, resolved once per request (a role change counts from the next one). */
  private Grant grant() {
    if (grant == null) {
      grant = grantSource.get();
    }
    return grant;
  }

  private final class Guarded implements RpcMethod {
    private final RpcMethod method;

    Guarded(RpcMethod method) {
      this.method = method;
    }

    @Override
    public String name() {
      return method.name();
    }

    @Override
    public Object execute(RpcParams params) {
      Grant current = grant();
      Optional<RpcError> refusal = MethodRules.refusal(current, method.name(), params);
      if (refusal.isPresent()) {
        refusedForMissingToken |= !current.authenticated();
        throw new RpcException(refusal.get());
      }
      return method.execute(params);
    }
  }
}
