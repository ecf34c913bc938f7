package io.coterie.node.loadgen;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The load generator's WebSocket transport. */
final class WebSocketSender {
  private WebSocketSender() {}

  /**
   * One WebSocket connection per unit of concurrency, each with one batch in flight at a time, as
   * many independent wallets or shop back-ends would send.
   */
  static void send(
      LoadGenerator.Options options,
      String[] raw,
      long[] sentAt,
      AtomicInteger rejected,
      List<String> errors)
      throws Exception {
    RpcClient requests = new RpcClient(options.http());
    ObjectMapper json = new ObjectMapper();
    HttpClient client = HttpClient.newHttpClient();
    List<WebSocket> sockets = new ArrayList<>();
    List<Semaphore> inFlight = new ArrayList<>();
    for (int c = 0; c < options.concurrency(); c++) {
      Semaphore permit = new Semaphore(1);
      inFlight.add(permit);
      sockets.add(
          client
              .newWebSocketBuilder()
              .buildAsync(
                  URI.create(options.ws()), new BatchListener(json, permit, rejected, errors))
              .get());
    }
    List<String> texts = new ArrayList<>();
    for (int from = 0; from < raw.length; from += options.batch()) {
      List<ObjectNode> batch = new ArrayList<>();
      for (int i = from; i < Math.min(raw.length, from + options.batch()); i++) {
        batch.add(requests.request("eth_sendRawTransaction", raw[i]));
      }
      texts.add(json.writeValueAsString(batch));
    }
    int batchIndex = 0;
    long firstSend = System.nanoTime();
    for (int from = 0; from < raw.length; from += options.batch(), batchIndex++) {
      int end = Math.min(raw.length, from + options.batch());
      int connection = batchIndex % sockets.size();
      LoadGenerator.waitUntil(firstSend + options.dueNanos(from));
      inFlight.get(connection).acquire();
      Arrays.fill(sentAt, from, end, System.nanoTime());
      sockets.get(connection).sendText(texts.get(batchIndex), true).get();
    }
    for (int c = 0; c < sockets.size(); c++) {
      inFlight.get(c).acquire();
      sockets.get(c).sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
    }
  }

  /** Collects one connection's batch answers; releases the connection's permit per answer. */
  private static final class BatchListener implements WebSocket.Listener {
    private final ObjectMapper json;
    private final Semaphore permit;
    private final AtomicInteger rejected;
    private final List<String> errors;
    private final StringBuilder partial = new StringBuilder();

    BatchListener(
        ObjectMapper json, Semaphore permit, AtomicInteger rejected, List<String> errors) {
      this.json = json;
      this.permit = permit;
      this.rejected = rejected;
      this.errors = errors;
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          LoadGenerator.countErrors(json.readTree(partial.toString()), rejected, errors);
        } catch (Exception e) {
          synchronized (errors) {
            errors.add(e.toString());
          }
        }
        partial.setLength(0);
        permit.release();
      }
      socket.request(1);
      return null;
    }
  }
}
