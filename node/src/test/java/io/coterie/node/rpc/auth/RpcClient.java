package io.coterie.node.rpc.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Sign;
import org.web3j.utils.Numeric;

/**
 * A plain java.net.http JSON client: JSON-RPC POSTs with or without a bearer token, /login with a
 * password, and address logins signed by web3j.
 */
public final class RpcClient {
  public static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client;
  private final String base;

  public RpcClient(String base) {
    this(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), base);
  }

  RpcClient(HttpClient client, String base) {
    this.client = client;
    this.base = base;
  }

  /** Status and parsed body of a POST of {@code body} to {@code path}. */
  public record Reply(int status, JsonNode body) {
    public JsonNode error() {
      return body.get("error");
    }

    public String errorMessage() {
      return body.at("/error/message").asText();
    }
  }

  public Reply post(String path, String body, String token) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request.build());
  }

  public Reply get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET().build());
  }

  /** A single JSON-RPC call with params given as Java values. */
  public Reply call(String token, String method, Object... params) {
    return post("/", request(1, method, params), token);
  }

  public static String request(int id, String method, Object... params) {
    var node = JSON.createObjectNode();
    node.put("jsonrpc", "2.0");
    node.put("id", id);
    node.put("method", method);
    node.set("params", JSON.valueToTree(List.of(params)));
    return node.toString();
  }

  /** POST /login with a username and password; the token, or fails the test. */
  public String login(String username, String password) {
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

  /** The challenge {@code coterie_loginChallenge} gives {@code key}'s address. */
  public String challenge(Credentials key) {
    return call(null, "coterie_loginChallenge", key.getAddress())
        .body()
        .at("/result/message")
        .asText();
  }

  /** Logs {@code key} in through coterie_loginChallenge and coterie_login; the token. */
  public String addressLogin(Credentials key) {
    String message = challenge(key);
    Reply reply = call(null, "coterie_login", message, personalSign(message, key));
    if (!reply.body().has("result")) {
      throw new AssertionError("login of " + key.getAddress() + " failed: " + reply.body());
    }
    return reply.body().at("/result/token").asText();
  }

  /**
   * personal_sign by web3j (a client this project did not write): {@code r || s || v} hex, v 27/28.
   */
  public static String personalSign(String message, Credentials key) {
    Sign.SignatureData signature =
        Sign.signPrefixedMessage(message.getBytes(StandardCharsets.UTF_8), key.getEcKeyPair());
    byte[] out = new byte[65];
    System.arraycopy(signature.getR(), 0, out, 0, 32);
    System.arraycopy(signature.getS(), 0, out, 32, 32);
    out[64] = signature.getV()[0];
    return Numeric.toHexString(out);
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
