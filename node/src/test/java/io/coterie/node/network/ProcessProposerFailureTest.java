package io.coterie.node.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.coterie.node.types.Address;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The validator due to propose the next height is killed with SIGKILL as soon as its parent is
 * imported: the other three change round, finalise that height without it and go on; restarted on
 * its database, it catches up and all four agree. ({@code ProposerFailureTest} does the same in one
 * JVM with a clean stop.)
 */
class ProcessProposerFailureTest {
  private static final Duration LONG = Duration.ofSeconds(60);

  @TempDir Path dir;

  @Test
  void sigkillingTheNextProposerMidRoundCostsARoundChangeNotTheChain() throws Exception {
    try (ProcessNetwork net = ProcessNetwork.start(dir, 4);
        ProcessLoad load = ProcessLoad.start(net)) {
      await().atMost(LONG).until(() -> net.minHead() >= 2);

      // Kill the proposer of height h the moment node 0 imports h - 1.
      long seen = net.head(0);
      await()
          .atMost(LONG)
          .pollDelay(Duration.ZERO)
          .pollInterval(Duration.ofMillis(10))
          .until(() -> net.head(0) > seen);
      JsonNode parent = net.block(0, net.head(0));
      Address proposer = ProcessNetwork.nextProposer(parent);
      int victim = net.indexOf(proposer);
      net.kill(victim);
      long h = Long.decode(parent.get("number").textValue()) + 1;
      List<Integer> others = net.others(victim);

      // Normally h itself; later if the victim sealed h before it died, since round-robin hands it
      // round 0 again within four heights.
      await()
          .atMost(LONG)
          .until(() -> firstHeightDueToDeadProposer(net, others, h, proposer).isPresent());
      long due = firstHeightDueToDeadProposer(net, others, h, proposer).orElseThrow();
      JsonNode produced = net.block(others.get(0), due);
      System.out.printf(
          "killed node %d, round-0 proposer of height %d; height %d finalised in round %d%n",
          victim, h, due, ProcessNetwork.extra(produced).round());
      assertThat(ProcessNetwork.coinbase(produced)).isNotEqualTo(proposer);
      assertThat(ProcessNetwork.extra(produced).round())
          .as("round of height %d, whose round-0 proposer was killed (killed at %d)", due, h)
          .isPositive();
      await().atMost(LONG).until(() -> net.minHead(others) >= due + 2);
      for (long n = due; n <= net.minHead(others); n++) {
        assertThat(ProcessNetwork.coinbase(net.block(others.get(0), n)))
            .as("proposer of %d while the victim is dead", n)
            .isNotEqualTo(proposer);
      }

      net.start(victim);
      await()
          .atMost(LONG)
          .until(() -> net.head(victim) > due + 2 && net.head(victim) >= net.maxHead(others) - 1);
      Set<String> receipted = load.receipted();
      long target = net.maxHead(net.all());
      await().atMost(LONG).until(() -> net.minHead() >= target);
      assertThat(receipted).isNotEmpty().allMatch(tx -> net.hasReceipt(victim, tx));
      net.assertAgreement(target);
    }
  }

  /**
   * The first height from {@code from} that the survivors have finalised, whose round-0 proposer is
   * {@code dead} and which {@code dead} did not seal.
   */
  private static OptionalLong firstHeightDueToDeadProposer(
      ProcessNetwork net, List<Integer> survivors, long from, Address dead) {
    int node = survivors.get(0);
    long head = net.head(node);
    for (long n = Math.max(from, 1); n <= head; n++) {
      JsonNode block = net.block(node, n);
      if (ProcessNetwork.nextProposer(net.block(node, n - 1)).equals(dead)
          && !ProcessNetwork.coinbase(block).equals(dead)) {
        return OptionalLong.of(n);
      }
    }
    return OptionalLong.empty();
  }
}
