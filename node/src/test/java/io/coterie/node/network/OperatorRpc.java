package io.coterie.node.network;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JSON-RPC to generated nodes as their {@code operator} user, with the password the generator
 * wrote: logs in at a port on first use, and again when a token is refused (it expired, or the node
 * restarted and holds a new token key).
 */
final class OperatorRpc {
  private static final String USER = "operator";
  private static final int UNAUTHORIZED = -40100;

  private final String password;
  private final Map<Integer, String> tokens = new ConcurrentHashMap<>();

  OperatorRpc(String password) {
    this.password = password;
  }

  JsonNode call(int port, String method, Object... params) {
    String token = tokens.get(port);
    if (token != null) {
      JsonNode response = Rpc.authorizedCall(port, token, method, params);
      if (response.path("error").path("code").asInt() != UNAUTHORIZED) {
        return response;
      }
    }
    token = Rpc.login(port, USER, password);
    tokens.put(port, token);
    return Rpc.authorizedCall(port, token, method, params);
  }

  JsonNode result(int port, String method, Object... params) {
    JsonNode response = call(port, method, params);
    assertThat(response.has("error")).as("%s answered %s", method, response).isFalse();
    return response.get("result");
  }
}
