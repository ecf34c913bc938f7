package io.coterie.node.cli.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coterie.node.cli.CliException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * A JSON-RPC 2.0 client over HTTP(S) for the auditor, with an optional bearer token (the node's JWT
 * authentication). Failures become {@link CliException}s that say what to do; the token never
 * appears in a message.
 */
public final class JsonRpcClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final URI url;
  private final Optional<String> token;
  private final HttpClient http;
  private long nextId = 1;

  public JsonRpcClient(String url, Optional<String> token) {
    try {
      this.url = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw CliException.usage(
          "--rpc " + url + " is not a URL; give one like http://127.0.0.1:8545");
    }
    if (this.url.getScheme() == null
        || !(this.url.getScheme().equals("http") || this.url.getScheme().equals("https"))) {
      throw CliException.usage(
          "--rpc " + url + " is not an http(s) URL; give one like http://127.0.0.1:8545");
    }
    this.token = token.filter(t -> !t.isBlank());
    this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  }

  /** Calls {@code method}; its {@code result}, which may be JSON null. */
  public JsonNode call(String method, Object... params) {
    ObjectNode request = JSON.createObjectNode();
    request.put("jsonrpc", "2.0");
    request.put("id", nextId++);
    request.put("method", method);
    ArrayNode array = request.putArray("params");
    for (Object param : params) {
      array.add(JSON.valueToTree(param));
    }
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(url)
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(request.toString(), StandardCharsets.UTF_8));
    token.ifPresent(t -> builder.header("Authorization", "Bearer " + t));
    HttpResponse<String> response;
    try {
      response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw CliException.failed(
          "cannot reach the node at " + url + " (" + e + "); check --rpc and that the node runs");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw CliException.failed("interrupted while calling " + method + " at " + url);
    }
    if (response.statusCode() == 401 || response.statusCode() == 403) {
      throw CliException.failed(
          method
              + " at "
              + url
              + " was refused (HTTP "
              + response.statusCode()
              + "): "
              + (token.isPresent()
                  ? "the token is not accepted (expired, or its role may not call " + method + ")"
                  : "the node requires a token; pass --token or set COTERIE_RPC_TOKEN"));
    }
    JsonNode body;
    try {
      body = JSON.readTree(response.body());
    } catch (IOException e) {
      throw CliException.failed(
          method + " at " + url + " answered HTTP " + response.statusCode() + " without JSON");
    }
    if (body.has("error")) {
      throw CliException.failed(
          method + " at " + url + " failed: " + body.at("/error/message").asText(body.toString()));
    }
    if (!body.has("result")) {
      throw CliException.failed(
          method + " at " + url + " answered HTTP " + response.statusCode() + " without a result");
    }
    return body.get("result");
  }

  public URI url() {
    return url;
  }
}
