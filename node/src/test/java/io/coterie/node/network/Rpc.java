package io.coterie.node.network;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coterie.node.app.Node;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** JSON-RPC over HTTP to a node, as an operator's script would call it. */
final class Rpc {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private Rpc() {}

  static JsonNode result(Node node, String method, Object... params) {
    return result(node.rpc().orElseThrow().httpPort(), method, params);
  }

  static JsonNode result(int port, String method, Object... params) {
    JsonNode response = call(port, method, params);
    assertThat(response.has("error")).as("%s answered %s", method, response).isFalse();
    return response.get("result");
  }

  static JsonNode call(int port, String method, Object... params) {
    return authorizedCall(port, null, method, params);
  }

  /** A call with {@code Authorization: Bearer token} (none when null). */
  static JsonNode authorizedCall(int port, String token, String method, Object... params) {
    ObjectNode request = JSON.createObjectNode();
    request.put("jsonrpc", "2.0");
    request.put("id", 1);
    request.put("method", method);
    ArrayNode array = request.putArray("params");
    for (Object param : params) {
      array.add(JSON.valueToTree(param));
    }
    return post(port, "/", request, token, method);
  }

  /** {@code POST /login} with a username and password; the token, or fails naming the answer. */
  static String login(int port, String username, String password) {
    ObjectNode body = JSON.createObjectNode().put("username", username).put("password", password);
    JsonNode answer = post(port, "/login", body, null, "/login");
    JsonNode token = answer.get("token");
    if (token == null || !token.isTextual()) {
      throw new IllegalStateException("login at port " + port + " failed: " + answer);
    }
    return token.textValue();
  }

  private static JsonNode post(int port, String path, JsonNode body, String token, String what) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
              .header("Content-Type", "application/json")
              .timeout(Duration.ofSeconds(5))
              .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
      if (token != null) {
        request.header("Authorization", "Bearer " + token);
      }
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted calling " + what, e);
    }
  }
}
