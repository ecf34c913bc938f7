package io.coterie.node.rpc.auth;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;

/** A java.net.http WebSocket with optional headers, queueing each JSON message and the close. */
public final class WsClient implements AutoCloseable {
  private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
  private volatile Integer closeCode;
  private final WebSocket socket;

  WsClient(HttpClient client, String uri, String authorization) {
    WebSocket.Builder builder = client.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    this.socket = builder.buildAsync(URI.create(uri), new Collector()).join();
  }

  public WsClient(String uri, String authorization) {
    this(HttpClient.newHttpClient(), uri, authorization);
  }

  public JsonNode call(String json) {
    socket.sendText(json, true).join();
    await().atMost(Duration.ofSeconds(10)).until(() -> !received.isEmpty());
    return received.poll();
  }

  void send(String json) {
    socket.sendText(json, true).join();
  }

  /** The close code the server sent, waiting up to 10 s for it. */
  int awaitClose() {
    await().atMost(Duration.ofSeconds(10)).until(() -> closeCode != null);
    return closeCode;
  }

  @Override
  public void close() {
    if (closeCode == null && !socket.isOutputClosed()) {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
    }
  }

  /**
   * A raw upgrade request; the status line and body of the answer, so a refusal's message can be
   * read (java.net.http does not expose it).
   */
  public static String rawUpgrade(int port, String pathAndQuery, String authorization)
      throws Exception {
    try (Socket raw = new Socket("127.0.0.1", port)) {
      raw.setSoTimeout(10_000);
      OutputStream out = raw.getOutputStream();
      String request =
          "GET "
              + pathAndQuery
              + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
              + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
              + (authorization == null ? "" : "Authorization: " + authorization + "\r\n")
              + "\r\n";
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = raw.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      byte[] buffer = new byte[4096];
      int n;
      while ((n = in.read(buffer)) > 0) {
        answer.write(buffer, 0, n);
        String text = answer.toString(StandardCharsets.UTF_8);
        if (text.startsWith("HTTP/1.1 101") && text.contains("\r\n\r\n")) {
          break;
        }
      }
      return answer.toString(StandardCharsets.UTF_8);
    }
  }

  private final class Collector implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          received.add(RpcClient.JSON.readTree(partial.toString()));
        } catch (Exception e) {
          throw new IllegalStateException("server sent non-JSON: " + partial, e);
        }
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      closeCode = statusCode;
      return null;
    }
  }
}
