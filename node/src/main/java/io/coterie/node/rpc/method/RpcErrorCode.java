package io.coterie.node.rpc.method;

/** The error codes this node answers with: JSON-RPC 2.0's, and the Ethereum ones geth uses. */
public enum RpcErrorCode {
  PARSE_ERROR(-32700),
  INVALID_REQUEST(-32600),
  METHOD_NOT_FOUND(-32601),
  INVALID_PARAMS(-32602),
  INTERNAL_ERROR(-32603),
  /**
   * Generic server-side failure: a rejected transaction, an unknown subscription, a refused host.
   */
  SERVER_ERROR(-32000),
  /** A request over a configured limit (batch size, body size, connections). */
  LIMIT_EXCEEDED(-32005),
  /** geth: execution reverted, with the revert data as {@code data}. */
  EXECUTION_REVERTED(3);

  private final int code;

  RpcErrorCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
