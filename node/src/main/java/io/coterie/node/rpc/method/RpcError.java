package io.coterie.node.rpc.method;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.TreeSet;

/**
 * A JSON-RPC error object. {@code data} is {@link MissingNode} when absent (it is then left out of
 * the response); for a revert it is the hex revert data, as geth sends it.
 */
public record RpcError(int code, String message, JsonNode data) {

  public RpcError {
    if (message == null || message.isBlank()) {
      throw new IllegalArgumentException("an RPC error needs a message saying what went wrong");
    }
    data = data == null ? MissingNode.getInstance() : data;
  }

  public RpcError(RpcErrorCode code, String message) {
    this(code.code(), message, MissingNode.getInstance());
  }

  public boolean hasData() {
    return !data.isMissingNode();
  }

  public static RpcError parseError(String detail) {
    return new RpcError(RpcErrorCode.PARSE_ERROR, "parse error: " + detail);
  }

  public static RpcError invalidRequest(String detail) {
    return new RpcError(RpcErrorCode.INVALID_REQUEST, "invalid request: " + detail);
  }

  /**
   * geth's wording, plus the namespaces this endpoint serves so the operator knows what to enable.
   */
  public static RpcError methodNotFound(String method, Collection<String> enabledNamespaces) {
    return new RpcError(
        RpcErrorCode.METHOD_NOT_FOUND,
        "the method "
            + method
            + " does not exist/is not available; enabled namespaces: "
            + String.join(", ", new TreeSet<>(enabledNamespaces)));
  }

  public static RpcError invalidParams(String detail) {
    return new RpcError(RpcErrorCode.INVALID_PARAMS, detail);
  }

  public static RpcError internalError() {
    return new RpcError(
        RpcErrorCode.INTERNAL_ERROR, "internal error; the node log has the details");
  }

  public static RpcError serverError(String message) {
    return new RpcError(RpcErrorCode.SERVER_ERROR, message);
  }

  public static RpcError limitExceeded(String message) {
    return new RpcError(RpcErrorCode.LIMIT_EXCEEDED, message);
  }

  /**
   * geth's revert error: code 3, message {@code "execution reverted"} or {@code "execution
   * reverted: <reason>"} and the raw revert data (0x-prefixed hex) as {@code data}.
   */
  public static RpcError executionReverted(String reason, String revertDataHex) {
    String message =
        reason == null || reason.isEmpty() ? "execution reverted" : "execution reverted: " + reason;
    return new RpcError(
        RpcErrorCode.EXECUTION_REVERTED.code(),
        message,
        JsonNodeFactory.instance.textNode(revertDataHex));
  }

  public ObjectNode toJson() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("code", code);
    node.put("message", message);
    if (hasData()) {
      node.set("data", data);
    }
    return node;
  }
}
