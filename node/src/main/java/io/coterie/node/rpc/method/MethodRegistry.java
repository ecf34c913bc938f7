package io.coterie.node.rpc.method;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Methods by name. Built with the namespaces an endpoint enables ({@code --rpc-http-api}); a method
 * of another namespace is not registered, so it answers -32601 exactly like an unknown one. {@code
 * rpc_modules} is always there.
 */
public final class MethodRegistry implements MethodLookup {
  private final Set<String> enabledNamespaces;
  private final Map<String, RpcMethod> methods = new ConcurrentHashMap<>();

  public MethodRegistry(Collection<String> enabledNamespaces) {
    this.enabledNamespaces = Set.copyOf(enabledNamespaces);
    RpcModules modules = new RpcModules(this.enabledNamespaces);
    methods.put(modules.name(), modules);
  }

  /**
   * Registers the method when its namespace is enabled and says whether it did.
   *
   * @throws IllegalArgumentException when a method of the same name is already registered
   */
  public boolean register(RpcMethod method) {
    if (!enabledNamespaces.contains(method.namespace())) {
      return false;
    }
    RpcMethod previous = methods.putIfAbsent(method.name(), method);
    if (previous != null) {
      throw new IllegalArgumentException(
          "method "
              + method.name()
              + " is registered twice ("
              + previous.getClass().getName()
              + " and "
              + method.getClass().getName()
              + "); each method name must have one implementation");
    }
    return true;
  }

  public MethodRegistry registerAll(Collection<? extends RpcMethod> all) {
    all.forEach(this::register);
    return this;
  }

  @Override
  public Optional<RpcMethod> find(String name) {
    return Optional.ofNullable(methods.get(name));
  }

  @Override
  public Set<String> enabledNamespaces() {
    return enabledNamespaces;
  }

  /** Registered names, sorted. */
  public Set<String> names() {
    return new TreeSet<>(methods.keySet());
  }
}
