package io.coterie.node.rpc.method;

import io.coterie.node.rpc.json.RpcParams;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code rpc_modules()}: the namespaces this endpoint enables, each mapped to version {@code
 * "1.0"}, as geth and Besu answer it (for example {@code {"eth":"1.0","net":"1.0"}}). Every
 * endpoint has it, whatever its API list.
 */
public final class RpcModules implements RpcMethod {
  private final Map<String, String> modules = new TreeMap<>();

  public RpcModules(Set<String> enabledNamespaces) {
    enabledNamespaces.forEach(namespace -> modules.put(namespace, "1.0"));
  }

  @Override
  public String name() {
    return "rpc_modules";
  }

  @Override
  public Object execute(RpcParams params) {
    params.atMost(0);
    return modules;
  }
}
