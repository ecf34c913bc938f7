package io.coterie.node.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.coterie.node.types.Block;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Blocks announced over gossip, in full or by hash, reach a follower without its poll. */
class AnnouncedBlockTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  /** A follower holding the producer's first {@code blocks} blocks, syncing with polling off. */
  private static SyncNode followerAt(SyncNode producer, Path dir, long blocks) {
    SyncNode follower = SyncNode.open(dir, List.of(producer.enode()));
    for (long n = 1; n <= blocks; n++) {
      SealedChainBuilder.importUnchecked(
          follower.access, producer.access.chain().blockByNumber(n).orElseThrow());
    }
    follower.startSync(
        new GossipSyncPeers(follower.gossip),
        SyncConfig.defaults().withPollInterval(Duration.ofHours(1)));
    await().atMost(WAIT).until(() -> producer.gossip.peerHeads().containsKey(follower.nodeId()));
    return follower;
  }

  private static void assertFollows(SyncNode follower, SyncNode producer, Block announced) {
    long number = announced.header().number();
    await().atMost(WAIT).until(() -> follower.head() == number);
    assertThat(follower.access.chain().hash(follower.header(number)))
        .isEqualTo(producer.access.chain().hash(announced.header()));
    assertThat(follower.sync.problems()).isEmpty();
  }

  @Test
  void announcedBlockThatExtendsTheHeadIsImportedWithoutPolling(
      @TempDir Path producerDir, @TempDir Path followerDir) {
    try (SyncNode producer = SyncNode.open(producerDir, List.of())) {
      SealedChainBuilder.grow(producer.access, 5);
      try (SyncNode follower = followerAt(producer, followerDir, 5)) {
        SealedChainBuilder.grow(producer.access, 1);
        Block announced = producer.access.chain().blockByNumber(6).orElseThrow();
        assertThat(producer.gossip.broadcastBlock(announced)).isEqualTo(1);

        assertFollows(follower, producer, announced);
      }
    }
  }

  @Test
  void aBlockAnnouncedByHashTwoAheadIsDownloadedWithoutPolling(
      @TempDir Path producerDir, @TempDir Path followerDir) {
    try (SyncNode producer = SyncNode.open(producerDir, List.of())) {
      SealedChainBuilder.grow(producer.access, 3);
      producer.gossip.sendFullBlocksTo(peer -> false);
      try (SyncNode follower = followerAt(producer, followerDir, 3)) {
        SealedChainBuilder.grow(producer.access, 2);
        Block announced = producer.access.chain().blockByNumber(5).orElseThrow();
        assertThat(producer.gossip.broadcastBlock(announced)).isEqualTo(1);

        assertFollows(follower, producer, announced);
      }
    }
  }
}
