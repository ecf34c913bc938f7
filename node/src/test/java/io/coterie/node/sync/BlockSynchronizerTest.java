package io.coterie.node.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.coterie.node.app.ChainAccess;
import io.coterie.node.consensus.qbft.extradata.QbftBlockHashing;
import io.coterie.node.consensus.qbft.message.QbftBlocks;
import io.coterie.node.crypto.NodeKey;
import io.coterie.node.crypto.PublicKey;
import io.coterie.node.p2p.protocol.ChainHead;
import io.coterie.node.types.Block;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import io.coterie.node.types.Transaction;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlockSynchronizerTest {
  private static final int LENGTH = 300;
  private static final Duration SYNC_TIMEOUT = Duration.ofSeconds(120);

  @TempDir static Path sourceDir;
  private static SyncNode source;

  @BeforeAll
  static void buildSourceChain() {
    try (ChainAccess access = ChainAccess.open(sourceDir, SealedChainBuilder.spec())) {
      SealedChainBuilder.grow(access, LENGTH);
    }
    source = SyncNode.open(sourceDir, List.of());
  }

  @AfterAll
  static void closeSource() {
    if (source != null) {
      source.close();
    }
  }

  @Test
  void emptyNodeSyncsToThePeersHeadAndAgreesOnEveryBlock(@TempDir Path dir) {
    try (SyncNode node = SyncNode.open(dir, List.of(source.enode())).startSync()) {
      await().atMost(SYNC_TIMEOUT).until(() -> node.head() == LENGTH);

      for (long n = 0; n <= LENGTH; n++) {
        BlockHeader ours = node.header(n);
        BlockHeader theirs = source.header(n);
        assertThat(node.access.chain().hash(ours)).isEqualTo(source.access.chain().hash(theirs));
        assertThat(ours.stateRoot()).isEqualTo(theirs.stateRoot());
      }
      assertThat(node.access.chain().blockByNumber(LENGTH).orElseThrow().transactions()).hasSize(2);
      await().atMost(Duration.ofSeconds(5)).until(() -> node.sync.status().isEmpty());
      assertThat(node.sync.problems()).isEmpty();
      assertThat(node.penalties).isEmpty();
    }
  }

  @Test
  void blockWithOneBadCommitSealIsRejectedAndAnotherPeerCompletesTheSync(
      @TempDir Path badDir, @TempDir Path dir) {
    int badBlock = 12;
    NodeKey outsider = SyncNode.newKey();
    try (ChainAccess bad = ChainAccess.open(badDir, SealedChainBuilder.spec())) {
      for (long n = 1; n <= 20; n++) {
        Block block = source.access.chain().blockByNumber(n).orElseThrow();
        if (n == badBlock) {
          block = withSealReplaced(block, 1, outsider);
        }
        SealedChainBuilder.importUnchecked(bad, block);
      }
    }
    try (SyncNode faulty = SyncNode.open(badDir, List.of());
        SyncNode node = SyncNode.open(dir, List.of(faulty.enode())).startSync()) {
      await().atMost(SYNC_TIMEOUT).until(() -> !node.sync.problems().isEmpty());

      SyncProblem problem = node.sync.problems().get(0);
      assertThat(problem.kind()).isEqualTo(SyncProblem.Kind.INVALID);
      assertThat(problem.peer()).isEqualTo(faulty.nodeId());
      assertThat(problem.blockNumber()).isEqualTo(badBlock);
      assertThat(problem.reason())
          .contains("block " + badBlock + ": commit seal 1 recovers to")
          .contains("not a validator at height " + badBlock);
      assertThat(node.head()).isEqualTo(badBlock - 1);
      assertThat(node.penalties).containsExactly(problem.reason());

      node.manager.addPeer(source.enode());
      await().atMost(SYNC_TIMEOUT).until(() -> node.head() == LENGTH);
      assertThat(QbftBlocks.extraData(node.header(badBlock)).seals())
          .isEqualTo(QbftBlocks.extraData(source.header(badBlock)).seals());
    }
  }

  @Test
  void nodeStoppedMidSyncResumesFromItsStoredHead(@TempDir Path dir) {
    long stopAt = 50;
    NodeKey key = SyncNode.newKey();
    SyncConfig smallWindows =
        SyncConfig.defaults().withWindow(16).withPollInterval(Duration.ofMillis(100));
    try (SyncNode node = SyncNode.open(dir, key, List.of(source.enode()))) {
      node.access
          .importer()
          .addListener(
              (block, hash, receipts) -> {
                if (block.header().number() == stopAt) {
                  node.sync.stop();
                }
              });
      node.startSync(new GossipSyncPeers(node.gossip), smallWindows);
      await().atMost(SYNC_TIMEOUT).until(() -> node.head() >= stopAt);
    }

    List<Long> requestedStarts = new CopyOnWriteArrayList<>();
    try (SyncNode node = SyncNode.open(dir, key, List.of(source.enode()))) {
      assertThat(node.head()).isEqualTo(stopAt);
      node.startSync(recording(new GossipSyncPeers(node.gossip), requestedStarts), smallWindows);
      await().atMost(SYNC_TIMEOUT).until(() -> node.head() == LENGTH);

      assertThat(requestedStarts).first().isEqualTo(stopAt + 1);
      assertThat(node.access.chain().hash(node.header(LENGTH)))
          .isEqualTo(source.access.chain().hash(source.header(LENGTH)));
    }
  }

  private static Block withSealReplaced(Block block, int index, NodeKey signer) {
    List<Bytes> seals = new ArrayList<>(QbftBlocks.extraData(block.header()).seals());
    Hash sealHash = QbftBlockHashing.commitSealHash(block.header());
    seals.set(index, Bytes.of(signer.sign(sealHash.toArray()).toBytes65()));
    return QbftBlocks.withSeals(block, seals);
  }

  /** The real peers, noting where each headers request starts. */
  private static SyncPeers recording(SyncPeers peers, List<Long> starts) {
    return new SyncPeers() {
      @Override
      public Map<PublicKey, ChainHead> heads() {
        return peers.heads();
      }

      @Override
      public CompletableFuture<List<BlockHeader>> headers(PublicKey peer, long start, int count) {
        starts.add(start);
        return peers.headers(peer, start, count);
      }

      @Override
      public CompletableFuture<List<List<Transaction>>> bodies(PublicKey peer, List<Hash> hashes) {
        return peers.bodies(peer, hashes);
      }

      @Override
      public int maxHeaders() {
        return peers.maxHeaders();
      }

      @Override
      public int maxBodies() {
        return peers.maxBodies();
      }
    };
  }
}
