package io.coterie.node.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A man in the middle on 127.0.0.1: forwards GETs to a node and passes every answer on unchanged,
 * except that in a trace page's proof bundle ({@code /trace-proof/…}) it changes one hex digit of
 * the first account proof node, as a node or network that lies would.
 */
public final class TamperingProxy implements AutoCloseable {
  private static final List<String> KEPT_HEADERS =
      List.of("Content-Type", "Content-Security-Policy", "Cache-Control");

  private final HttpServer server;
  private final HttpClient client = HttpClient.newHttpClient();
  private final String target;

  private TamperingProxy(String target) throws IOException {
    this.target = target;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::forward);
    server.start();
  }

  public static TamperingProxy to(String nodeUrl) throws IOException {
    return new TamperingProxy(nodeUrl);
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void forward(HttpExchange exchange) throws IOException {
    try (exchange) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(target + exchange.getRequestURI())).GET();
      String language = exchange.getRequestHeaders().getFirst("Accept-Language");
      if (language != null) {
        request.header("Accept-Language", language);
      }
      HttpResponse<byte[]> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      byte[] body = response.body();
      if (exchange.getRequestURI().getPath().startsWith("/trace-proof/")) {
        body = tamper(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
      }
      for (String name : KEPT_HEADERS) {
        response
            .headers()
            .firstValue(name)
            .ifPresent(v -> exchange.getResponseHeaders().set(name, v));
      }
      exchange.sendResponseHeaders(response.statusCode(), body.length);
      exchange.getResponseBody().write(body);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** One hex digit of the first account proof node, a few bytes in, changed. */
  static String tamper(String bundle) {
    int at = bundle.indexOf("\"accountProof\":[\"0x") + "\"accountProof\":[\"0x".length() + 10;
    char digit = bundle.charAt(at);
    char other = digit == '0' ? '1' : '0';
    return bundle.substring(0, at) + other + bundle.substring(at + 1);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
