package io.coterie.node.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coterie.node.trie.MerklePatriciaTrie;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RocksDbStoreTest {

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aBatchBecomesVisibleOnlyWhenCommittedAndThenAllAtOnce(@TempDir Path dir) {
    try (RocksDbStore store = RocksDbStore.open(dir, RocksDbStore.Settings.defaults())) {
      store.commit(store.newBatch().put(Column.CHAIN, utf8("old"), utf8("1")));
      WriteBatch batch =
          store
              .newBatch()
              .put(Column.CHAIN, utf8("block"), utf8("b"))
              .put(Column.TRIE, utf8("node"), utf8("n"))
              .put(Column.METADATA, utf8("head"), utf8("h"))
              .delete(Column.CHAIN, utf8("old"));

      assertThat(store.get(Column.CHAIN, utf8("block"))).isEmpty();
      assertThat(store.get(Column.CHAIN, utf8("old"))).isPresent();

      store.commit(batch);

      assertThat(store.get(Column.CHAIN, utf8("block")))
          .hasValueSatisfying(v -> assertThat(v).isEqualTo(utf8("b")));
      assertThat(store.get(Column.TRIE, utf8("node"))).isPresent();
      assertThat(store.get(Column.METADATA, utf8("head"))).isPresent();
      assertThat(store.get(Column.CHAIN, utf8("old"))).isEmpty();
    }
  }

  @Test
  void columnsAreSeparateKeySpaces(@TempDir Path dir) {
    try (RocksDbStore store = RocksDbStore.open(dir, RocksDbStore.Settings.defaults())) {
      store.commit(store.newBatch().put(Column.CHAIN, utf8("k"), utf8("chain")));

      assertThat(store.get(Column.TRIE, utf8("k"))).isEmpty();
      assertThat(store.get(Column.CONSENSUS, utf8("k"))).isEmpty();
    }
  }

  @Test
  void committedDataSurvivesReopening(@TempDir Path dir) {
    MerklePatriciaTrie trie = MerklePatriciaTrie.empty();
    for (int i = 0; i < 100; i++) {
      trie.put(utf8("key" + i), utf8("value-" + i + "-padding-padding-padding"));
    }
    Hash root;
    try (RocksDbStore store = RocksDbStore.open(dir, new RocksDbStore.Settings(true, 1 << 20))) {
      WriteBatch batch = store.newBatch();
      root = trie.commit(new TrieNodeStore(store).sink(batch));
      new MetadataStore(store).putHead(batch, new ChainHead(root, 42));
      store.commit(batch);
    }

    try (RocksDbStore store = RocksDbStore.open(dir, RocksDbStore.Settings.defaults())) {
      assertThat(new MetadataStore(store).head()).contains(new ChainHead(root, 42));
      MerklePatriciaTrie reopened = MerklePatriciaTrie.open(new TrieNodeStore(store), root);
      assertThat(reopened.rootHash()).isEqualTo(root);
      assertThat(reopened.get(utf8("key77")).map(Bytes::of))
          .contains(Bytes.of(utf8("value-77-padding-padding-padding")));
    }
  }

  @Test
  void aSecondOpenOfTheSameDirectoryIsRefusedWithAClearMessage(@TempDir Path dir) {
    try (RocksDbStore first = RocksDbStore.open(dir, RocksDbStore.Settings.defaults())) {
      assertThatThrownBy(() -> RocksDbStore.open(dir, RocksDbStore.Settings.defaults()))
          .isInstanceOf(StorageException.class)
          .hasMessageContaining("data directory " + dir)
          .hasMessageContaining("in use by another Coterie process")
          .hasMessageContaining("--data-path");
    }
    RocksDbStore.open(dir, RocksDbStore.Settings.defaults()).close();
  }

  @Test
  void anotherProcessCannotOpenADirectoryInUse(@TempDir Path dir) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process holder =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                HoldStoreOpen.class.getName(),
                dir.toString())
            .redirectErrorStream(true)
            .start();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).isEqualTo("open");

      assertThatThrownBy(() -> RocksDbStore.open(dir, RocksDbStore.Settings.defaults()))
          .isInstanceOf(StorageException.class)
          .hasMessageContaining("is in use by another Coterie process");
    } finally {
      holder.getOutputStream().close();
      assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    RocksDbStore.open(dir, RocksDbStore.Settings.defaults()).close();
  }

  @Test
  void everyOperationAfterCloseIsRefusedWithAMessageInsteadOfCrashingTheJvm(@TempDir Path dir) {
    RocksDbStore store = RocksDbStore.open(dir, RocksDbStore.Settings.defaults());
    store.commit(store.newBatch().put(Column.CHAIN, utf8("k"), utf8("v")));
    store.close();

    assertThatThrownBy(() -> store.get(Column.CHAIN, utf8("k")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is closed")
        .hasMessageContaining(dir.toString());
    assertThatThrownBy(() -> store.commit(store.newBatch().put(Column.TRIE, utf8("k"), utf8("v"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is closed");
    store.close();
  }

  @Test
  void closeWaitsForReadsInFlightAndLaterReadsAreRefused(@TempDir Path dir) throws Exception {
    RocksDbStore store = RocksDbStore.open(dir, RocksDbStore.Settings.defaults());
    store.commit(store.newBatch().put(Column.CHAIN, utf8("k"), utf8("v")));
    ExecutorService readers = Executors.newFixedThreadPool(4);
    try {
      CountDownLatch reading = new CountDownLatch(4);
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        results.add(
            readers.submit(
                () -> {
                  reading.countDown();
                  int reads = 0;
                  while (true) {
                    try {
                      assertThat(store.get(Column.CHAIN, utf8("k"))).isPresent();
                      reads++;
                    } catch (IllegalStateException closed) {
                      assertThat(closed).hasMessageContaining("is closed");
                      return reads;
                    }
                  }
                }));
      }
      reading.await();
      store.close();
      for (Future<Integer> result : results) {
        assertThat(result.get(30, TimeUnit.SECONDS)).isNotNegative();
      }
    } finally {
      readers.shutdownNow();
      store.close();
    }
  }
}
