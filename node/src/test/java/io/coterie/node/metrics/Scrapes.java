package io.coterie.node.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.node.app.DevnetConfig;
import io.coterie.node.app.NetworkConfig;
import io.coterie.node.app.Node;
import io.coterie.node.app.NodeBuilder;
import io.coterie.node.rpc.server.RpcServerConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A devnet node with P2P and metrics on ephemeral ports, and reads of its endpoints over HTTP. */
final class Scrapes {
  static final HttpClient HTTP = HttpClient.newHttpClient();

  private Scrapes() {}

  static Node startNode(Path dir) {
    return startNode(
        dir,
        RpcServerConfig.defaults().withHttp(true, "127.0.0.1", 0).withWs(false, "127.0.0.1", 0));
  }

  static Node startNode(Path dir, RpcServerConfig rpc) {
    return NodeBuilder.build(
            DevnetConfig.create(dir, 200, rpc)
                .withNetwork(NetworkConfig.of("127.0.0.1", 0, List.of()))
                .withMetrics(MetricsConfig.enabled("127.0.0.1", 0)))
        .start();
  }

  static String scrape(Node node) throws Exception {
    int port = node.metrics().orElseThrow().port();
    HttpResponse<String> response = get("http://127.0.0.1:" + port + "/metrics");
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  static HttpResponse<String> get(String url) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** POSTs one JSON-RPC call to the node's HTTP port, without a token. */
  static HttpResponse<String> call(Node node, String method) throws Exception {
    String body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + method + "\",\"params\":[]}";
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(rpcUrl(node, "/")))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String rpcUrl(Node node, String path) {
    return "http://127.0.0.1:" + node.rpc().orElseThrow().httpPort() + path;
  }

  /** The value of the sample whose name and labels are {@code series}. */
  static double value(String text, String series) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(text);
    if (!m.find()) {
      throw new AssertionError("no sample " + series + " in:\n" + text);
    }
    return Double.parseDouble(m.group(1));
  }
}
