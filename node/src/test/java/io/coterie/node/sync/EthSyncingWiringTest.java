package io.coterie.node.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.coterie.node.app.ChainAccess;
import io.coterie.node.rpc.eth.EthSyncing;
import io.coterie.node.rpc.json.RpcParams;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eth_syncing} wired as the node wires it (the synchroniser's progress with the live head as
 * the current block) answers geth's object while an empty node catches up and {@code false} once it
 * has. Answers are taken as each downloaded block is imported, so nothing depends on timing.
 */
class EthSyncingWiringTest {
  private static final int LENGTH = 40;

  @Test
  void anEmptyNodeReportsItsProgressWhileCatchingUpThenFalse(
      @TempDir Path sourceDir, @TempDir Path dir) {
    try (ChainAccess access = ChainAccess.open(sourceDir, SealedChainBuilder.spec())) {
      SealedChainBuilder.grow(access, LENGTH);
    }
    List<Object> answers = new CopyOnWriteArrayList<>();
    try (SyncNode source = SyncNode.open(sourceDir, List.of());
        SyncNode node = SyncNode.open(dir, List.of(source.enode()))) {
      EthSyncing ethSyncing =
          new EthSyncing(
              () ->
                  node.sync == null
                      ? Optional.empty()
                      : node.sync.status().map(s -> s.atHead(node.head())));
      node.access.importer().addListener((block, hash, receipts) -> answers.add(call(ethSyncing)));
      assertThat(call(ethSyncing)).isEqualTo(false);

      node.startSync();
      await().atMost(Duration.ofSeconds(120)).until(() -> node.head() == LENGTH);
      await().atMost(Duration.ofSeconds(10)).until(() -> call(ethSyncing).equals(false));

      assertThat(answers).hasSize(LENGTH);
      assertThat(answers.get(0))
          .isEqualTo(Map.of("startingBlock", "0x0", "currentBlock", "0x1", "highestBlock", "0x28"));
      assertThat(answers.get(LENGTH - 1))
          .isEqualTo(
              Map.of("startingBlock", "0x0", "currentBlock", "0x28", "highestBlock", "0x28"));
      assertThat(new ObjectMapper().valueToTree(answers.get(0)).fieldNames())
          .toIterable()
          .containsExactly("startingBlock", "currentBlock", "highestBlock");
    }
  }

  private static Object call(EthSyncing method) {
    return method.execute(RpcParams.empty());
  }
}
