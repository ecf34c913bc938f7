package io.coterie.node.loadgen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** A minimal JSON-RPC client over HTTP, single and batch calls. */
final class RpcClient {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One connection pool for every client of the process: a client per run would keep its idle
   * keep-alive connections open after the run, and successive runs would pass the node's limit of
   * connections per address.
   */
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final URI uri;
  private long nextId = 1;

  RpcClient(String url) {
    this.uri = URI.create(url);
  }

  synchronized ObjectNode request(String method, Object... params) {
    ObjectNode request = JSON.createObjectNode();
    request.put("jsonrpc", "2.0");
    request.put("id", nextId++);
    request.put("method", method);
    ArrayNode array = request.putArray("params");
    for (Object param : params) {
      array.add(JSON.valueToTree(param));
    }
    return request;
  }

  JsonNode call(String method, Object... params) throws IOException, InterruptedException {
    JsonNode response = post(request(method, params));
    if (response.has("error")) {
      throw new IOException(method + " failed: " + response.get("error"));
    }
    return response.get("result");
  }

  JsonNode batch(List<ObjectNode> requests) throws IOException, InterruptedException {
    return post(encodeBatch(requests));
  }

  /** A batch request body, so a measured run can encode its batches before the clock starts. */
  static byte[] encodeBatch(List<ObjectNode> requests) throws IOException {
    ArrayNode array = JSON.createArrayNode();
    requests.forEach(array::add);
    return JSON.writeValueAsBytes(array);
  }

  private JsonNode post(JsonNode body) throws IOException, InterruptedException {
    return post(JSON.writeValueAsBytes(body));
  }

  JsonNode post(byte[] body) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(60))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() == 408) {
      // The node closed the connection without running the request (RFC 9110 lets a client repeat
      // it). A node has been seen to answer 408 to a request sent whole; see the issue-12 notes.
      response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
    if (response.statusCode() != 200) {
      throw new IOException("HTTP " + response.statusCode() + ": " + new String(response.body()));
    }
    return JSON.readTree(response.body());
  }
}
