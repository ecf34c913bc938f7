package io.coterie.node.rpc.method;

import java.util.Optional;
import java.util.Set;

/** Where the processor finds a method by name: the registry, or a connection's view of it. */
public interface MethodLookup {
  Optional<RpcMethod> find(String name);

  /** Named in the method-not-found error. */
  Set<String> enabledNamespaces();
}
