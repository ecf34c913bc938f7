package io.coterie.node.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.coterie.node.cli.CoterieCommand;
import io.coterie.node.crypto.KeyFiles;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Destination;
import io.coterie.node.types.TransactionCodec;
import io.coterie.node.types.TransactionSigner;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four validators as separate processes from {@code coterie operator generate-network}: one is
 * killed with SIGKILL under a steady transfer load and restarted on its database, another paused
 * with SIGSTOP and resumed with SIGCONT. Each catches up, keeps every receipted transfer, and all
 * four agree on every block hash and state root.
 */
class ProcessFaultTest {
  private static final Duration LONG = Duration.ofSeconds(60);
  private static final long CHAIN_ID = 4242;

  @TempDir Path dir;

  private static int freeBasePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return Math.min(socket.getLocalPort(), 60_000);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long head(int port) {
    try {
      return Long.decode(Rpc.result(port, "eth_blockNumber").textValue());
    } catch (RuntimeException e) {
      return -1;
    }
  }

  private static boolean hasReceipt(int port, String tx) {
    JsonNode receipt = Rpc.result(port, "eth_getTransactionReceipt", tx);
    return receipt != null && !receipt.isNull();
  }

  @Test
  void sigkilledAndSigstoppedValidatorsCatchUpKeepReceiptsAndAgree() throws Exception {
    int base = freeBasePort();
    Path out = dir.resolve("net");
    StringWriter sink = new StringWriter();
    int generated =
        CoterieCommand.commandLine(
                new String[0], Map.of(), new PrintWriter(sink), new PrintWriter(sink))
            .execute(
                "operator",
                "generate-network",
                "--validators",
                "4",
                "--out",
                out.toString(),
                "--base-port",
                Integer.toString(base),
                "--chain-id",
                Long.toString(CHAIN_ID));
    assertThat(generated).as(sink.toString()).isZero();
    int[] ports = {base, base + 10, base + 20, base + 30};
    List<ChildNode> nodes = new ArrayList<>();
    ScheduledExecutorService load = Executors.newSingleThreadScheduledExecutor();
    try {
      for (int i = 0; i < 4; i++) {
        ChildNode node = new ChildNode(out.resolve("node-" + i));
        node.start();
        nodes.add(node);
      }
      await().atMost(LONG).until(() -> minHead(ports) >= 1);

      // Steady transfers from the administrator to node 0, which no fault touches.
      TransactionSigner admin =
          new TransactionSigner(KeyFiles.read(out.resolve("admin").resolve("key")), CHAIN_ID);
      Set<String> sent = ConcurrentHashMap.newKeySet();
      long[] nonce = {0};
      load.scheduleWithFixedDelay(
          () -> {
            var tx =
                admin.dynamicFee(
                    nonce[0],
                    BigInteger.ZERO,
                    BigInteger.ZERO,
                    21_000,
                    Destination.call(Address.of(0xbeef)),
                    BigInteger.ONE,
                    Bytes.EMPTY,
                    List.of());
            try {
              JsonNode hash =
                  Rpc.result(
                      ports[0], "eth_sendRawTransaction", Bytes.toHex(TransactionCodec.encode(tx)));
              sent.add(hash.textValue());
              nonce[0]++;
            } catch (RuntimeException | AssertionError e) {
              // Node 0 busy; the same nonce goes again next tick.
            }
          },
          0,
          100,
          TimeUnit.MILLISECONDS);

      // SIGKILL node 1 mid-load; the others go on; it restarts on its database and catches up.
      await().atMost(LONG).until(() -> sent.size() >= 10);
      nodes.get(1).kill();
      List<String> receiptedBeforeKill =
          sent.stream().filter(tx -> hasReceipt(ports[0], tx)).toList();
      long atKill = head(ports[0]);
      await().atMost(LONG).until(() -> head(ports[0]) >= atKill + 3);
      nodes.get(1).start();
      await()
          .atMost(LONG)
          .until(() -> head(ports[1]) >= head(ports[0]) - 1 && head(ports[1]) > atKill + 3);
      assertThat(receiptedBeforeKill)
          .isNotEmpty()
          .allMatch(
              tx -> hasReceipt(ports[1], tx), "receipted before the kill, on the killed node");

      // SIGSTOP node 2: the other three finalise without it; SIGCONT: it catches up.
      nodes.get(2).pause();
      long atPause = head(ports[0]);
      await().atMost(LONG).until(() -> head(ports[0]) >= atPause + 3);
      nodes.get(2).resume();
      await()
          .atMost(LONG)
          .until(() -> head(ports[2]) >= head(ports[0]) - 1 && head(ports[2]) > atPause + 3);

      load.shutdownNow();
      load.awaitTermination(10, TimeUnit.SECONDS);
      List<String> receipted = sent.stream().filter(tx -> hasReceipt(ports[0], tx)).toList();
      long target = head(ports[0]);
      await().atMost(LONG).until(() -> minHead(ports) >= target);
      for (int port : ports) {
        assertThat(receipted).allMatch(tx -> hasReceipt(port, tx), "receipted on every node");
      }
      assertAgreement(ports, target);
    } finally {
      load.shutdownNow();
      nodes.forEach(ChildNode::close);
      for (int i = 0; i < 4; i++) {
        Path log = out.resolve("node-" + i).resolve("node.log");
        if (Files.exists(log) && Files.readString(log).contains("Exception")) {
          System.out.println("node " + i + " log mentions an exception:\n" + Files.readString(log));
        }
      }
    }
  }

  private static long minHead(int[] ports) {
    long min = Long.MAX_VALUE;
    for (int port : ports) {
      min = Math.min(min, head(port));
    }
    return min;
  }

  private static void assertAgreement(int[] ports, long upTo) {
    for (long n = 0; n <= upTo; n++) {
      String number = "0x" + Long.toHexString(n);
      JsonNode first = Rpc.result(ports[0], "eth_getBlockByNumber", number, false);
      for (int port : ports) {
        JsonNode block = Rpc.result(port, "eth_getBlockByNumber", number, false);
        assertThat(block.get("hash"))
            .as("block %d on port %d", n, port)
            .isEqualTo(first.get("hash"));
        assertThat(block.get("stateRoot")).as("state root %d", n).isEqualTo(first.get("stateRoot"));
      }
    }
  }
}
