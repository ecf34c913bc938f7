package io.coterie.node.rpc.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/** A plain java.net.http JSON client: JSON-RPC POSTs with or without a bearer token, and /login. */
final class RpcClient {
  static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client;
  private final String base;

  RpcClient(String base) {
    this(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), base);
  }

  RpcClient(HttpClient client, String base) {
    this.client = client;
    this.base = base;
  }

  /** Status and parsed body of a POST of {@code body} to {@code path}. */
  record Reply(int status, JsonNode body) {
    JsonNode error() {
      return body.get("error");
    }

    String errorMessage() {
      return body.at("/error/message").asText();
    }
  }

  Reply post(String path, String body, String token) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request.build());
  }

  Reply get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET().build());
  }

  /** A single JSON-RPC call with params given as Java values. */
  Reply call(String token, String method, Object... params) {
    return post("/", request(1, method, params), token);
  }

  static String request(int id, String method, Object... params) {
    var node = JSON.createObjectNode();
    node.put("jsonrpc", "2.0");
    node.put("id", id);
    node.put("method", method);
    node.set("params", JSON.valueToTree(List.of(params)));
    return node.toString();
  }

  /** POST /login with a username and password; the token, or fails the test. */
  String login(String username, String password) {
    Reply reply =
        post(
            "/login",
            JSON.createObjectNode().put("username", username).put("password", password).toString(),
            null);
    if (reply.status() != 200) {
      throw new AssertionError("login failed: " + reply);
    }
    return reply.body().get("token").asText();
  }

  private Reply send(HttpRequest request) {
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      String text = response.body();
      return new Reply(
          response.statusCode(), text.isEmpty() ? JSON.nullNode() : JSON.readTree(text));
    } catch (Exception e) {
      throw new IllegalStateException("request to " + request.uri() + " failed: " + e, e);
    }
  }
}
