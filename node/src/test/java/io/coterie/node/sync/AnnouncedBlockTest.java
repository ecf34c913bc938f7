package io.coterie.node.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.coterie.node.types.Block;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnouncedBlockTest {
  @Test
  void announcedBlockThatExtendsTheHeadIsImportedWithoutPolling(
      @TempDir Path producerDir, @TempDir Path followerDir) {
    try (SyncNode producer = SyncNode.open(producerDir, List.of())) {
      SealedChainBuilder.grow(producer.access, 5);
      try (SyncNode follower = SyncNode.open(followerDir, List.of(producer.enode()))) {
        for (long n = 1; n <= 5; n++) {
          SealedChainBuilder.importUnchecked(
              follower.access, producer.access.chain().blockByNumber(n).orElseThrow());
        }
        follower.startSync(
            new GossipSyncPeers(follower.gossip),
            SyncConfig.defaults().withPollInterval(Duration.ofHours(1)));
        await()
            .atMost(Duration.ofSeconds(20))
            .until(() -> producer.gossip.peerHeads().containsKey(follower.nodeId()));

        SealedChainBuilder.grow(producer.access, 1);
        Block announced = producer.access.chain().blockByNumber(6).orElseThrow();
        assertThat(producer.gossip.broadcastBlock(announced)).isEqualTo(1);

        await().atMost(Duration.ofSeconds(20)).until(() -> follower.head() == 6);
        assertThat(follower.access.chain().hash(follower.header(6)))
            .isEqualTo(producer.access.chain().hash(announced.header()));
        assertThat(follower.sync.problems()).isEmpty();
      }
    }
  }

  @Test
  void aBlockAnnouncedByHashTwoAheadIsDownloadedWithoutPolling(
      @TempDir Path producerDir, @TempDir Path followerDir) {
    try (SyncNode producer = SyncNode.open(producerDir, List.of())) {
      SealedChainBuilder.grow(producer.access, 3);
      producer.gossip.sendFullBlocksTo(peer -> false);
      try (SyncNode follower = SyncNode.open(followerDir, List.of(producer.enode()))) {
        for (long n = 1; n <= 3; n++) {
          SealedChainBuilder.importUnchecked(
              follower.access, producer.access.chain().blockByNumber(n).orElseThrow());
        }
        follower.startSync(
            new GossipSyncPeers(follower.gossip),
            SyncConfig.defaults().withPollInterval(Duration.ofHours(1)));
        await()
            .atMost(Duration.ofSeconds(20))
            .until(() -> producer.gossip.peerHeads().containsKey(follower.nodeId()));

        SealedChainBuilder.grow(producer.access, 2);
        Block announced = producer.access.chain().blockByNumber(5).orElseThrow();
        assertThat(producer.gossip.broadcastBlock(announced)).isEqualTo(1);

        await().atMost(Duration.ofSeconds(20)).until(() -> follower.head() == 5);
        assertThat(follower.access.chain().hash(follower.header(5)))
            .isEqualTo(producer.access.chain().hash(announced.header()));
        assertThat(follower.sync.problems()).isEmpty();
      }
    }
  }
}
