package io.coterie.node.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.coterie.node.app.Node;
import io.coterie.node.support.LocalValidatorNetwork;
import io.coterie.node.types.Hash;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every validator in turn is stopped and restarted on its database while transfers keep coming: no
 * transfer that had a receipt is lost, and every node agrees afterwards. (In this JVM a stop is
 * {@code Node.close()}; {@code ProcessFaultTest} kills a process with SIGKILL.)
 */
class RollingRestartTest {
  private static final Duration LONG = Duration.ofSeconds(60);

  @TempDir Path dir;

  @Test
  void restartingEachValidatorInTurnUnderLoadLosesNoReceiptedTransaction() {
    try (LocalValidatorNetwork net = LocalValidatorNetwork.start(dir, 4)) {
      await().atMost(LONG).until(() -> net.minHead() >= 2);
      Set<Hash> receipted;
      try (SteadyLoad load = SteadyLoad.start(net)) {
        await().atMost(LONG).until(() -> load.receipted().size() >= 10);
        for (int victim = 0; victim < 4; victim++) {
          int before = load.receipted().size();
          net.stop(victim);
          long stoppedAt = net.maxHead();
          await().atMost(LONG).until(() -> net.minHead() >= stoppedAt + 2);
          net.start(victim);
          long restartedAt = net.maxHead();
          await().atMost(LONG).until(() -> net.minHead() >= restartedAt + 1);
          await().atMost(LONG).until(() -> load.receipted().size() > before);
        }
        receipted = load.receipted();
      }
      long upTo = net.maxHead();
      await().atMost(LONG).until(() -> net.minHead() >= upTo);
      for (Node node : net.running()) {
        assertThat(receipted)
            .as("receipted transfers on a node")
            .allMatch(tx -> node.chain().transactionLocation(tx).isPresent());
      }
      assertThat(receipted.size()).isGreaterThanOrEqualTo(14);
      Faults.assertAgreement(net);
    }
  }
}
