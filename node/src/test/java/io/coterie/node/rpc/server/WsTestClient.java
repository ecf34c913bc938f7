package io.coterie.node.rpc.server;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;

/** A java.net.http WebSocket that queues each received JSON message. */
final class WsTestClient implements AutoCloseable {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
  private final WebSocket socket;

  WsTestClient(int port) {
    this.socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .buildAsync(URI.create("ws://127.0.0.1:" + port + "/"), new Collector())
            .join();
  }

  void send(String json) {
    socket.sendText(json, true).join();
  }

  /** The next message, waiting up to 10 seconds. */
  JsonNode next() {
    await().atMost(Duration.ofSeconds(10)).until(() -> !received.isEmpty());
    return received.poll();
  }

  JsonNode call(String json) {
    send(json);
    return next();
  }

  boolean hasPending() {
    return !received.isEmpty();
  }

  @Override
  public void close() {
    socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
  }

  private final class Collector implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          received.add(MAPPER.readTree(partial.toString()));
        } catch (Exception e) {
          throw new IllegalStateException("server sent non-JSON: " + partial, e);
        }
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }
  }
}
