package io.coterie.node.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coterie.node.support.DevKeys;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Transaction;
import io.coterie.node.types.TransactionCodec;
import io.coterie.node.types.TransactionSigner;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A devnet process killed with SIGKILL while clients send transactions restarts at a committed
 * block, still has every transaction a client already saw a receipt for, in the same block, and
 * passes {@code db verify}.
 */
class CrashRecoveryProcessTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private static final int SENDERS = DevKeys.SENDING.size();
  private static final int BATCH = 25;

  @TempDir Path dir;

  private static JsonNode post(int port, JsonNode body) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port))
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(5))
            .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
            .build();
    return JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray()).body());
  }

  private static ObjectNode call(int id, String method, Object... params) {
    ObjectNode request =
        JSON.createObjectNode().put("jsonrpc", "2.0").put("id", id).put("method", method);
    ArrayNode array = request.putArray("params");
    for (Object param : params) {
      array.add(JSON.valueToTree(param));
    }
    return request;
  }

  private static boolean answers(int port) {
    try {
      return post(port, call(1, "eth_blockNumber")).has("result");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Sends transfers in batches and records, for each transaction, the block hash of its receipt.
   */
  private static final class Client implements Runnable {
    private final int port;
    private final long[] nonces;
    private final List<TransactionSigner> signers = new ArrayList<>();
    private final Map<String, String> receipts = new ConcurrentHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);

    Client(int port, long[] nonces) {
      this.port = port;
      this.nonces = nonces;
      for (int i = 0; i < SENDERS; i++) {
        signers.add(DevKeys.account(DevKeys.SENDING.get(i)));
      }
    }

    @Override
    public void run() {
      while (running.get()) {
        try {
          List<String> hashes = new ArrayList<>();
          ArrayNode batch = JSON.createArrayNode();
          for (int i = 0; i < BATCH; i++) {
            int s = i % SENDERS;
            Transaction tx =
                DevKeys.call(
                    signers.get(s),
                    nonces[s]++,
                    Address.of(0xbeef),
                    BigInteger.ONE,
                    Bytes.EMPTY,
                    21_000);
            batch.add(call(i, "eth_sendRawTransaction", Bytes.toHex(TransactionCodec.encode(tx))));
            hashes.add(tx.hash().toHex());
          }
          post(port, batch);
          await()
              .atMost(Duration.ofSeconds(10))
              .pollInterval(Duration.ofMillis(50))
              .until(() -> collectReceipts(hashes));
        } catch (Exception e) {
          return; // the node died under us: what was seen so far is what counts
        }
      }
    }

    private boolean collectReceipts(List<String> hashes) throws IOException, InterruptedException {
      ArrayNode batch = JSON.createArrayNode();
      for (int i = 0; i < hashes.size(); i++) {
        batch.add(call(i, "eth_getTransactionReceipt", hashes.get(i)));
      }
      JsonNode responses = post(port, batch);
      for (JsonNode response : responses) {
        JsonNode receipt = response.get("result");
        if (receipt != null && !receipt.isNull()) {
          receipts.put(receipt.get("transactionHash").asText(), receipt.get("blockHash").asText());
        }
      }
      return hashes.stream().allMatch(receipts::containsKey);
    }
  }

  private static long[] nonces(int port) throws Exception {
    long[] nonces = new long[SENDERS];
    for (int i = 0; i < SENDERS; i++) {
      JsonNode response =
          post(
              port,
              call(
                  1,
                  "eth_getTransactionCount",
                  DevKeys.address(DevKeys.SENDING.get(i)).toHex(),
                  "latest"));
      nonces[i] = Long.decode(response.get("result").asText());
    }
    return nonces;
  }

  @Test
  void killedMidLoadRestartsWithEveryReceiptedTransaction() throws Exception {
    Path dataPath = dir.resolve("devnet-data");
    Path log = dir.resolve("node.log");
    Map<String, String> seen = new ConcurrentHashMap<>();
    for (int cycle = 0; cycle < 2; cycle++) {
      try (DevnetChild child = DevnetChild.start(dataPath, log)) {
        Process process = child.process();
        int port = child.httpPort();
        for (Map.Entry<String, String> receipt : seen.entrySet()) {
          JsonNode after =
              post(port, call(1, "eth_getTransactionReceipt", receipt.getKey())).get("result");
          assertThat(after.isNull()).as("receipt of %s after restart", receipt.getKey()).isFalse();
          assertThat(after.get("blockHash").asText()).isEqualTo(receipt.getValue());
        }
        Client client = new Client(port, nonces(port));
        Thread load = new Thread(client, "crash-test-load");
        load.start();
        int before = seen.size();
        await().atMost(Duration.ofSeconds(60)).until(() -> client.receipts.size() >= 200);
        process.destroyForcibly(); // SIGKILL, mid-load
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        client.running.set(false);
        load.join(15_000);
        seen.putAll(client.receipts);
        assertThat(seen.size()).isGreaterThan(before);
      }
    }
    try (DevnetChild child = DevnetChild.start(dataPath, log)) {
      Process last = child.process();
      int port = child.httpPort();
      for (Map.Entry<String, String> receipt : seen.entrySet()) {
        JsonNode after =
            post(port, call(1, "eth_getTransactionReceipt", receipt.getKey())).get("result");
        assertThat(after.isNull())
            .as("receipt of %s after the last restart", receipt.getKey())
            .isFalse();
        assertThat(after.get("blockHash").asText()).isEqualTo(receipt.getValue());
      }
      last.destroy();
      assertThat(last.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    CliRun verify = CliRun.of("db", "verify", "--data-path", dataPath.toString(), "--devnet");
    assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();
  }
}
