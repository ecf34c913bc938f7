package io.coterie.node.rpc.method;

import io.coterie.node.rpc.json.RpcParams;

/**
 * One JSON-RPC method. Implementations are named namespace + method ({@code EthGetBalance}) and are
 * stateless apart from the ports they were built with, so the server may call them from several
 * threads.
 */
public interface RpcMethod {

  /**
   * The wire name, such as {@code eth_getBalance}. Its namespace is the part before the first '_'.
   */
  String name();

  /**
   * Runs the call and returns a value Jackson can serialise (JsonNode, String, Boolean, List, Map
   * or a record). Expected failures are thrown as {@link RpcException}; a bad param as {@link
   * io.coterie.node.rpc.json.InvalidParamsException} (code -32602). Anything else is a bug and
   * reaches the client as -32603.
   */
  Object execute(RpcParams params);

  /**
   * As {@link #execute(RpcParams)}, for the request in {@code scope}. Methods whose work is long
   * (they check the deadline) or belongs to the caller (filters) override this one.
   */
  default Object execute(RpcParams params, RequestScope scope) {
    return execute(params);
  }

  default String namespace() {
    String name = name();
    int underscore = name.indexOf('_');
    return underscore < 0 ? name : name.substring(0, underscore);
  }
}
