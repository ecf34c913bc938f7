package io.coterie.node.rpc.eth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coterie.node.rpc.method.MethodLookup;
import io.coterie.node.rpc.server.JsonRpcProcessor;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Sends JSON-RPC requests through the real processor to a method registry, without a socket. */
final class RpcCall {
  static final ObjectMapper JSON = new ObjectMapper();
  private final JsonRpcProcessor processor = new JsonRpcProcessor();
  private final MethodLookup methods;
  private int nextId = 1;

  RpcCall(MethodLookup methods) {
    this.methods = methods;
  }

  /** The whole response envelope; params are JSON texts or Java values Jackson can write. */
  JsonNode exchange(String method, Object... params) {
    ObjectNode request = JSON.createObjectNode();
    request.put("jsonrpc", "2.0");
    request.put("id", nextId++);
    request.put("method", method);
    ArrayNode array = request.putArray("params");
    for (Object param : params) {
      array.add(param instanceof JsonNode node ? node : JSON.valueToTree(param));
    }
    return raw(request.toString());
  }

  JsonNode raw(String request) {
    return processor.process(request.getBytes(StandardCharsets.UTF_8), methods).orElseThrow();
  }

  /** The result; fails the test with the error when there is one. */
  JsonNode result(String method, Object... params) {
    JsonNode response = exchange(method, params);
    if (response.has("error")) {
      throw new AssertionError(method + " failed: " + response.get("error"));
    }
    return response.get("result");
  }

  JsonNode error(String method, Object... params) {
    JsonNode response = exchange(method, params);
    if (!response.has("error")) {
      throw new AssertionError(
          method + " answered " + response.get("result") + ", expected an error");
    }
    return response.get("error");
  }

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
