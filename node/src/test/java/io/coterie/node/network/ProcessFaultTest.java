package io.coterie.node.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four validators as separate processes from {@code coterie operator generate-network}, under a
 * steady transfer load: each in turn is killed with SIGKILL and restarted on its database, or one
 * is paused with SIGSTOP and resumed with SIGCONT. Each catches up, keeps every receipted transfer,
 * and all four agree on every block hash and state root.
 */
class ProcessFaultTest {
  private static final Duration LONG = Duration.ofSeconds(60);

  @TempDir Path dir;

  @Test
  void everyValidatorSigkilledInTurnUnderLoadCatchesUpAndLosesNoReceiptedTransfer()
      throws Exception {
    try (ProcessNetwork net = ProcessNetwork.start(dir, 4)) {
      await().atMost(LONG).until(() -> net.minHead() >= 1);
      Set<String> receipted;
      try (ProcessLoad load = ProcessLoad.start(net)) {
        await().atMost(LONG).until(() -> load.receipted().size() >= 5);
        Set<String> receiptedBeforeKills = new HashSet<>();
        for (int victim = 0; victim < net.size(); victim++) {
          int v = victim;
          List<Integer> others = net.others(victim);
          net.kill(victim);
          receiptedBeforeKills.addAll(load.receipted());
          int before = load.receipted().size();
          long atKill = net.maxHead(others);
          await().atMost(LONG).until(() -> net.minHead(others) >= atKill + 2);

          net.start(victim);
          await()
              .atMost(LONG)
              .until(() -> net.head(v) > atKill + 2 && net.head(v) >= net.maxHead(others) - 1);
          assertThat(receiptedBeforeKills)
              .as("transfers receipted before killing node %d, on node %d", v, v)
              .allMatch(tx -> net.hasReceipt(v, tx));
          await().atMost(LONG).until(() -> load.receipted().size() > before);
        }
        receipted = load.receipted();
      }
      long target = net.maxHead(net.all());
      await().atMost(LONG).until(() -> net.minHead() >= target);
      for (int node = 0; node < net.size(); node++) {
        int n = node;
        assertThat(receipted)
            .as("receipted transfers on node %d", n)
            .hasSizeGreaterThanOrEqualTo(10)
            .allMatch(tx -> net.hasReceipt(n, tx));
      }
      net.assertAgreement(target);
    }
  }

  @Test
  void sigstoppedValidatorCatchesUpAfterSigcontAndAgrees() {
    try (ProcessNetwork net = ProcessNetwork.start(dir, 4)) {
      await().atMost(LONG).until(() -> net.minHead() >= 1);
      Set<String> receipted;
      try (ProcessLoad load = ProcessLoad.start(net)) {
        await().atMost(LONG).until(() -> load.receipted().size() >= 5);
        List<Integer> others = net.others(2);
        net.pause(2);
        long atPause = net.maxHead(others);
        await().atMost(LONG).until(() -> net.minHead(others) >= atPause + 3);
        net.resume(2);
        await()
            .atMost(LONG)
            .until(() -> net.head(2) > atPause + 3 && net.head(2) >= net.maxHead(others) - 1);
        receipted = load.receipted();
      }
      long target = net.maxHead(net.all());
      await().atMost(LONG).until(() -> net.minHead() >= target);
      assertThat(receipted).isNotEmpty().allMatch(tx -> net.hasReceipt(2, tx));
      net.assertAgreement(target);
    }
  }
}
