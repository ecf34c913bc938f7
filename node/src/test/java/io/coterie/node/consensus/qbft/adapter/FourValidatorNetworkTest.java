package io.coterie.node.consensus.qbft.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.coterie.node.app.Node;
import io.coterie.node.support.DevKeys;
import io.coterie.node.support.LocalValidatorNetwork;
import io.coterie.node.txpool.AddResult;
import io.coterie.node.types.Address;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Transaction;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four validators in one JVM over real sockets and RocksDB: they finalise blocks together, agree on
 * every block and state root, carry transactions across nodes and survive losing one validator;
 * with two of four gone they stop, and go on when one returns.
 */
class FourValidatorNetworkTest {
  private static final Duration LONG = Duration.ofSeconds(60);

  @TempDir Path dir;

  @Test
  void fourValidatorsAgreeOnEveryBlockAndCarryTransactionsAcrossNodes() {
    try (LocalValidatorNetwork net = LocalValidatorNetwork.start(dir, 4)) {
      await().atMost(LONG).until(() -> net.minHead() >= 3);
      assertThat(net.running()).allMatch(node -> node.peers().orElseThrow().peerCount() == 3);

      Address recipient = DevKeys.address(7);
      Transaction tx =
          DevKeys.call(
              DevKeys.account(1), 0, recipient, BigInteger.TEN.pow(18), Bytes.EMPTY, 21_000);
      assertThat(net.node(3).pool().add(tx)).isInstanceOf(AddResult.Added.class);

      await()
          .atMost(LONG)
          .until(() -> net.node(0).chain().transactionLocation(tx.hash()).isPresent());
      long minedIn = net.node(0).chain().transactionLocation(tx.hash()).orElseThrow().blockNumber();
      await().atMost(LONG).until(() -> net.minHead() >= minedIn);
      assertThat(net.disagreements()).isEmpty();
    }
  }

  @Test
  void blocksKeepComingWithOneValidatorStoppedAndResumeAfterQuorumReturns() {
    try (LocalValidatorNetwork net = LocalValidatorNetwork.start(dir, 4)) {
      await().atMost(LONG).until(() -> net.minHead() >= 2);

      net.stop(3);
      long afterOneStopped = net.maxHead();
      await().atMost(LONG).until(() -> net.minHead() >= afterOneStopped + 4);
      assertThat(net.disagreements()).isEmpty();

      net.stop(2);
      long stalledAt = net.maxHead();
      await()
          .during(Duration.ofSeconds(3))
          .atMost(Duration.ofSeconds(5))
          .until(() -> net.maxHead() <= stalledAt + 1);
      assertThat(net.disagreements()).isEmpty();

      long resumeFrom = net.maxHead();
      long returned = System.nanoTime();
      net.start(2);
      await().atMost(LONG).until(() -> net.minHead() >= resumeFrom + 3);
      System.out.printf(
          "blocks resumed %d ms after a validator returned%n",
          (System.nanoTime() - returned) / 1_000_000);
      assertThat(net.disagreements()).isEmpty();
    }
  }

  @Test
  void aNonValidatorOnAnEmptyDirectoryCatchesUpAndFollowsTheHead() {
    try (LocalValidatorNetwork net = LocalValidatorNetwork.start(dir.resolve("validators"), 4)) {
      await().atMost(LONG).until(() -> net.minHead() >= 5);
      try (Node observer = net.startObserver(dir.resolve("observer"))) {
        assertThat(observer.isValidator()).isFalse();
        long target = net.maxHead() + 2;
        await().atMost(LONG).until(() -> observer.chain().head().number() >= target);
        long upTo = observer.chain().head().number();
        // Commit seals may differ (any quorum will do); the QBFT hash and the state may not.
        for (long n = 0; n <= Math.min(upTo, net.minHead()); n++) {
          BlockHeader mine = observer.chain().headerByNumber(n).orElseThrow();
          BlockHeader theirs = net.node(0).chain().headerByNumber(n).orElseThrow();
          assertThat(observer.chain().hash(mine)).isEqualTo(net.node(0).chain().hash(theirs));
          assertThat(mine.stateRoot()).isEqualTo(theirs.stateRoot());
        }
      }
    }
  }
}
