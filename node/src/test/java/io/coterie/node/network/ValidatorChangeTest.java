package io.coterie.node.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.coterie.node.app.Node;
import io.coterie.node.support.LocalValidatorNetwork;
import io.coterie.node.types.Address;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validators voted in and out with {@code qbft_proposeValidatorVote}: a fifth node joins the set
 * and proposes blocks without being restarted, then validator 3 leaves it and may stop without
 * stalling.
 */
class ValidatorChangeTest {
  private static final Duration LONG = Duration.ofSeconds(90);

  @TempDir Path dir;

  private static List<Address> validatorsAtHead(Node node) {
    return Faults.extra(node.chain().head()).validators();
  }

  private static void vote(List<Node> voters, Address candidate, boolean add) {
    for (Node voter : voters) {
      assertThat(
              Rpc.result(voter, "qbft_proposeValidatorVote", candidate.toHex(), add).booleanValue())
          .isTrue();
    }
  }

  private static void discard(List<Node> voters, Address candidate) {
    for (Node voter : voters) {
      Rpc.result(voter, "qbft_discardValidatorVote", candidate.toHex());
    }
  }

  @Test
  void aFifthValidatorIsVotedInAndAnotherVotedOut() {
    try (LocalValidatorNetwork net = LocalValidatorNetwork.start(dir.resolve("validators"), 4)) {
      await().atMost(LONG).until(() -> net.minHead() >= 2);
      Path fifthDir = dir.resolve("fifth");
      try (Node joined = net.startObserver(fifthDir)) {
        Address fifthAddress =
            Address.wrap(joined.peers().orElseThrow().localEnode().nodeId().addressBytes());
        assertThat(joined.isValidator()).isFalse();

        vote(net.running(), fifthAddress, true);
        await().atMost(LONG).until(() -> validatorsAtHead(net.node(0)).contains(fifthAddress));
        discard(net.running(), fifthAddress);
        assertThat(validatorsAtHead(net.node(0))).hasSize(5);

        // It takes part from the first height it belongs to, without a restart.
        await().atMost(LONG).until(joined::isValidator);
        long joinedAt = net.maxHead();
        await()
            .atMost(LONG)
            .until(
                () ->
                    LongStream.rangeClosed(joinedAt + 1, net.minHead())
                        .anyMatch(
                            n ->
                                net.node(0)
                                    .chain()
                                    .headerByNumber(n)
                                    .orElseThrow()
                                    .coinbase()
                                    .equals(fifthAddress)));
        Faults.assertAgree(joined, net.node(0));

        Address leaving = Faults.validator(3, 4);
        List<Node> voters = List.of(net.node(0), net.node(1), net.node(2), joined);
        vote(voters, leaving, false);
        await().atMost(LONG).until(() -> !validatorsAtHead(net.node(0)).contains(leaving));
        discard(voters, leaving);
        assertThat(validatorsAtHead(net.node(0))).hasSize(4).contains(fifthAddress);
        assertThat(net.node(3).isValidator()).isFalse();

        net.stop(3);
        long withoutThree = net.maxHead();
        await().atMost(LONG).until(() -> net.minHead() >= withoutThree + 3);
        await().atMost(LONG).until(() -> joined.chain().head().number() >= net.minHead());
        Faults.assertAgreement(net);
        Faults.assertAgree(joined, net.node(0));
      }
    }
  }
}
