package io.coterie.node.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.coterie.node.app.Node;
import io.coterie.node.support.LocalValidatorNetwork;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Network partitions made the way an operator would: each side drops the other from its node
 * allowlist over {@code perm_removeNodesFromAllowlist}, so the peers disconnect and refuse each
 * other; healing adds them back with {@code perm_addNodesToAllowlist}.
 */
class PartitionTest {
  private static final Duration LONG = Duration.ofSeconds(60);

  @TempDir Path dir;

  private static void cut(LocalValidatorNetwork net, List<Integer> side, List<Integer> other) {
    for (int i : side) {
      Rpc.result(net.node(i), "perm_removeNodesFromAllowlist", enodes(net, other));
    }
    for (int j : other) {
      Rpc.result(net.node(j), "perm_removeNodesFromAllowlist", enodes(net, side));
    }
  }

  private static void heal(LocalValidatorNetwork net, List<Integer> side, List<Integer> other) {
    for (int i : side) {
      Rpc.result(net.node(i), "perm_addNodesToAllowlist", enodes(net, other));
    }
    for (int j : other) {
      Rpc.result(net.node(j), "perm_addNodesToAllowlist", enodes(net, side));
    }
  }

  private static List<String> enodes(LocalValidatorNetwork net, List<Integer> nodes) {
    return nodes.stream().map(i -> net.enode(i).toString()).toList();
  }

  private static long head(LocalValidatorNetwork net, List<Integer> nodes) {
    return nodes.stream().mapToLong(i -> net.node(i).chain().head().number()).min().orElseThrow();
  }

  private static long maxHead(LocalValidatorNetwork net, List<Integer> nodes) {
    return nodes.stream().mapToLong(i -> net.node(i).chain().head().number()).max().orElseThrow();
  }

  private static boolean connectedWithin(LocalValidatorNetwork net, List<Integer> side, int peers) {
    return side.stream().allMatch(i -> net.node(i).peers().orElseThrow().peerCount() == peers);
  }

  @Test
  void oneCutOffValidatorDoesNotForkAndTheThreeKeepFinalising() {
    List<Integer> three = List.of(0, 1, 2);
    List<Integer> one = List.of(3);
    try (LocalValidatorNetwork net = LocalValidatorNetwork.start(dir, 4)) {
      await().atMost(LONG).until(() -> net.minHead() >= 2);

      cut(net, three, one);
      await()
          .atMost(LONG)
          .until(() -> connectedWithin(net, three, 2) && connectedWithin(net, one, 0));
      long loneHead = net.node(3).chain().head().number();
      long threeHead = maxHead(net, three);
      await().atMost(LONG).until(() -> head(net, three) >= threeHead + 4);
      assertThat(net.node(3).chain().head().number()).isEqualTo(loneHead);
      Faults.assertAgreement(net);

      heal(net, three, one);
      long healedAt = maxHead(net, three);
      await().atMost(LONG).until(() -> net.minHead() >= healedAt + 2);
      Faults.assertAgreement(net);
    }
  }

  @Test
  void anEvenSplitFinalisesNothingForksNothingAndResumesWhenHealed() {
    List<Integer> left = List.of(0, 1);
    List<Integer> right = List.of(2, 3);
    try (LocalValidatorNetwork net = LocalValidatorNetwork.start(dir, 4)) {
      await().atMost(LONG).until(() -> net.minHead() >= 2);

      cut(net, left, right);
      await()
          .atMost(LONG)
          .until(() -> connectedWithin(net, left, 1) && connectedWithin(net, right, 1));
      long stalledAt = net.maxHead();
      await()
          .during(Duration.ofSeconds(3))
          .atMost(Duration.ofSeconds(5))
          .until(() -> net.maxHead() <= stalledAt + 1);
      Faults.assertAgreement(net);

      heal(net, left, right);
      long healedAt = net.maxHead();
      await().atMost(LONG).until(() -> net.minHead() >= healedAt + 2);
      Faults.assertAgreement(net);
      for (Node node : net.running()) {
        assertThat(node.peers().orElseThrow().peerCount()).isEqualTo(3);
      }
    }
  }
}
