package io.coterie.node.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.coterie.node.support.LocalValidatorNetwork;
import io.coterie.node.types.Address;
import io.coterie.node.types.BlockHeader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The validator due to propose the next block dies: a round change elects another and blocks go on.
 */
class ProposerFailureTest {
  private static final Duration LONG = Duration.ofSeconds(60);

  @TempDir Path dir;

  @Test
  void killingTheNextProposerCostsARoundChangeNotTheChain() {
    try (LocalValidatorNetwork net = LocalValidatorNetwork.start(dir, 4)) {
      await().atMost(LONG).until(() -> net.minHead() >= 2);

      BlockHeader head = net.node(0).chain().head();
      Address proposer = Faults.nextProposer(head);
      int victim = Faults.indexOf(proposer, 4);
      net.stop(victim);
      long stoppedAt = net.maxHead();

      // Round-robin hands the victim round 0 again within four heights; each needs a round change.
      await().atMost(LONG).until(() -> net.minHead() >= stoppedAt + 6);
      long upTo = net.minHead();
      var chain = net.running().get(0).chain();
      assertThat(
              LongStream.rangeClosed(stoppedAt + 1, upTo)
                  .mapToObj(n -> chain.headerByNumber(n).orElseThrow()))
          .as("blocks after the proposer died")
          .allSatisfy(h -> assertThat(h.coinbase()).isNotEqualTo(proposer))
          .anySatisfy(h -> assertThat(Faults.extra(h).round()).isPositive());
      Faults.assertAgreement(net);

      net.start(victim);
      long target = net.maxHead() + 2;
      await().atMost(LONG).until(() -> net.minHead() >= target);
      Faults.assertAgreement(net);
    }
  }
}
