package io.coterie.node.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.coterie.node.support.LoopbackHttp;
import io.coterie.node.support.SlowLoris;
import io.coterie.node.support.StalledSubscriber;
import io.coterie.node.support.TestNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded abuse run against a real devnet node, over loopback only: 600 slowloris sockets from
 * six addresses, eight clients of another address looping on 1,000-request {@code eth_getLogs}
 * batches, and a WebSocket subscriber that never reads. Meanwhile an honest client on 127.0.0.1
 * asks {@code eth_blockNumber} ten times a second for 20 seconds. It must always be answered, with
 * a p99 under a second, and blocks must keep coming. Stops by itself in well under a minute and
 * prints what it measured.
 */
class RpcAbuseTest {
  private static final Duration MEASURE = Duration.ofSeconds(20);
  private static final Duration HONEST_TIMEOUT = Duration.ofSeconds(5);
  private static final String BLOCK_NUMBER =
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_blockNumber\",\"params\":[]}";
  private static final String HEAVY_BATCH =
      IntStream.range(0, 1_000)
          .mapToObj(
              i ->
                  "{\"jsonrpc\":\"2.0\",\"id\":"
                      + i
                      + ",\"method\":\"eth_getLogs\",\"params\":[{\"fromBlock\":\"0x0\","
                      + "\"toBlock\":\"latest\"}]}")
          .collect(Collectors.joining(",", "[", "]"));

  @TempDir Path dir;

  @Test
  void honestClientIsAnsweredWithinASecondWhileTheNodeIsAbused() throws Exception {
    try (TestNode node = TestNode.devnet(dir)) {
      int httpPort = node.node().rpc().orElseThrow().httpPort();
      int wsPort = node.node().rpc().orElseThrow().wsPort();
      AtomicBoolean running = new AtomicBoolean(true);
      Heavy heavy = new Heavy();
      ExecutorService heavyLoops = Executors.newFixedThreadPool(8);
      List<LoopbackHttp> heavyClients = new ArrayList<>();
      try (SlowLoris slow =
              new SlowLoris(
                      httpPort,
                      List.of(
                          "127.0.0.2",
                          "127.0.0.3",
                          "127.0.0.4",
                          "127.0.0.5",
                          "127.0.0.6",
                          "127.0.0.7"),
                      100)
                  .start();
          StalledSubscriber stalled =
              StalledSubscriber.subscribe(
                  "127.0.0.30",
                  wsPort,
                  List.of(
                      subscribe(1, "\"newHeads\""),
                      subscribe(2, "\"logs\",{}"),
                      subscribe(3, "\"newPendingTransactions\"")))) {
        for (int i = 0; i < 8; i++) {
          LoopbackHttp client = new LoopbackHttp("127.0.0.20", httpPort, Duration.ofSeconds(60));
          heavyClients.add(client);
          heavyLoops.execute(() -> heavy.loop(client, running));
        }
        await()
            .atMost(Duration.ofSeconds(15))
            .until(() -> slow.opened() >= 600 && heavy.sent.get() >= 8);

        long headBefore = node.node().chain().head().number();
        Honest honest = new Honest(httpPort);
        honest.run(MEASURE);
        long blocks = node.node().chain().head().number() - headBefore;

        running.set(false);
        heavyClients.forEach(LoopbackHttp::close);
        heavyLoops.shutdownNow();
        heavyLoops.awaitTermination(10, TimeUnit.SECONDS);

        List<Long> sorted = honest.latenciesMillis.stream().sorted().toList();
        long p50 = percentile(sorted, 50);
        long p99 = percentile(sorted, 99);
        System.out.printf(
            "RpcAbuseTest honest eth_blockNumber: samples=%d p50=%dms p99=%dms max=%dms"
                + " failures=%d (%s); heavy batches: sent=%d answered=%d refused=%d failed=%d;"
                + " slowloris: opened=%d closedByServer=%d openAtEnd=%d; blocks in %ds=%d%n",
            sorted.size(),
            p50,
            p99,
            sorted.isEmpty() ? -1 : sorted.get(sorted.size() - 1),
            honest.failures.get(),
            honest.lastFailure,
            heavy.sent.get(),
            heavy.answered.get(),
            heavy.refused.get(),
            heavy.failed.get(),
            slow.opened(),
            slow.closedByServer(),
            slow.open(),
            MEASURE.toSeconds(),
            blocks);

        assertThat(honest.failures.get()).as("honest calls not answered").isZero();
        assertThat(sorted).hasSizeGreaterThan(100);
        assertThat(p99).as("honest eth_blockNumber p99 (ms)").isLessThan(1_000);
        assertThat(blocks).as("blocks imported while abused").isGreaterThanOrEqualTo(25);
        assertThat(heavy.answered.get() + heavy.refused.get())
            .as("heavy clients were served or told to slow down")
            .isPositive();
        assertThat(slow.closedByServer()).as("slow sockets closed by the node").isPositive();
      } finally {
        running.set(false);
        heavyClients.forEach(LoopbackHttp::close);
        heavyLoops.shutdownNow();
      }
    }
  }

  private static String subscribe(int id, String params) {
    return "{\"jsonrpc\":\"2.0\",\"id\":"
        + id
        + ",\"method\":\"eth_subscribe\",\"params\":["
        + params
        + "]}";
  }

  private static long percentile(List<Long> sorted, int percent) {
    if (sorted.isEmpty()) {
      return Long.MAX_VALUE;
    }
    int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index));
  }

  /** Eight loops sending heavy batches as fast as they are answered (or refused). */
  private static final class Heavy {
    final AtomicLong sent = new AtomicLong();
    final AtomicLong answered = new AtomicLong();
    final AtomicLong refused = new AtomicLong();
    final AtomicLong failed = new AtomicLong();

    void loop(LoopbackHttp client, AtomicBoolean running) {
      while (running.get()) {
        try {
          sent.incrementAndGet();
          LoopbackHttp.Response response = client.post(HEAVY_BATCH);
          if (response.status() == 200) {
            answered.incrementAndGet();
          } else {
            refused.incrementAndGet();
          }
        } catch (IOException e) {
          failed.incrementAndGet();
          backOff();
        }
      }
    }

    /** As a real client would after a failure, rather than reconnecting in a tight loop. */
    private static void backOff() {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
    }
  }

  /** The honest client: one call every 100 ms on a keep-alive connection, each timed. */
  private static final class Honest {
    final ConcurrentLinkedQueue<Long> latenciesMillis = new ConcurrentLinkedQueue<>();
    final AtomicLong failures = new AtomicLong();
    volatile String lastFailure = "none";
    private final LoopbackHttp client;
    private final long startNanos = System.nanoTime();

    Honest(int port) {
      this.client = new LoopbackHttp("127.0.0.1", port, HONEST_TIMEOUT);
    }

    void run(Duration duration) throws InterruptedException {
      ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
      try {
        ticker.scheduleAtFixedRate(this::call, 0, 100, TimeUnit.MILLISECONDS);
        ticker.awaitTermination(duration.toMillis(), TimeUnit.MILLISECONDS);
      } finally {
        ticker.shutdownNow();
        ticker.awaitTermination(HONEST_TIMEOUT.toSeconds() + 1, TimeUnit.SECONDS);
        client.close();
      }
    }

    private String at() {
      return "at " + (System.nanoTime() - startNanos) / 1_000_000 + " ms: ";
    }

    private void call() {
      long start = System.nanoTime();
      try {
        LoopbackHttp.Response response = client.post(BLOCK_NUMBER);
        if (response.status() != 200 || !response.body().contains("\"result\":\"0x")) {
          failures.incrementAndGet();
          lastFailure = at() + response.status() + " " + response.body();
          return;
        }
        latenciesMillis.add((System.nanoTime() - start) / 1_000_000);
      } catch (IOException e) {
        failures.incrementAndGet();
        lastFailure = at() + e;
      }
    }
  }
}
