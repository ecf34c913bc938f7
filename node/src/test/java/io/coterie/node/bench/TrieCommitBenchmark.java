package io.coterie.node.bench;

import io.coterie.node.execution.BufferedNodes;
import io.coterie.node.state.Account;
import io.coterie.node.state.WorldState;
import io.coterie.node.state.WorldStateOverlay;
import io.coterie.node.storage.KeyValueStore;
import io.coterie.node.storage.RocksDbStore;
import io.coterie.node.storage.TrieNodeStore;
import io.coterie.node.storage.WriteBatch;
import io.coterie.node.types.Address;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Committing a block's account changes to the state trie and RocksDB: {@code changes} balance
 * updates spread over a state of 100,000 accounts, hashed, written in one batch. Not a test: run
 * {@link #main}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TrieCommitBenchmark {
  private static final int ACCOUNTS = 100_000;

  @Param({"1000"})
  public int changes;

  private Path dataDir;
  private KeyValueStore store;
  private TrieNodeStore nodes;
  private WorldState state;
  private long round;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    dataDir = Files.createTempDirectory("coterie-trie-bench");
    store = RocksDbStore.open(dataDir, RocksDbStore.Settings.defaults());
    nodes = new TrieNodeStore(store);
    WorldStateOverlay overlay = new WorldStateOverlay(WorldState.empty(nodes));
    for (int i = 0; i < ACCOUNTS; i++) {
      overlay.putAccount(Address.of(i + 1L), Account.EMPTY.withBalance(BigInteger.valueOf(i)));
    }
    state = commit(overlay);
  }

  private WorldState commit(WorldStateOverlay overlay) {
    BufferedNodes buffered = new BufferedNodes();
    WorldState committed = overlay.commitTo(buffered);
    WriteBatch batch = store.newBatch();
    buffered.writeTo(nodes.sink(batch));
    store.commit(batch);
    return committed;
  }

  @Benchmark
  public Object commitBlockOfBalanceChanges() {
    round++;
    WorldStateOverlay overlay = new WorldStateOverlay(state);
    for (int i = 0; i < changes; i++) {
      long account = 1 + (round * 7919 + i * 104_729L) % ACCOUNTS;
      overlay.putAccount(
          Address.of(account), Account.EMPTY.withBalance(BigInteger.valueOf(round + i)));
    }
    state = commit(overlay);
    return state.rootHash();
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    store.close();
    try (var paths = Files.walk(dataDir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  public static void main(String[] args) throws Exception {
    new Runner(
            new OptionsBuilder()
                .include(TrieCommitBenchmark.class.getSimpleName())
                .forks(1)
                .warmupIterations(3)
                .measurementIterations(5)
                .build())
        .run();
  }
}
