package io.coterie.node.consensus.qbft.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.node.consensus.qbft.port.LockedState;
import io.coterie.node.storage.RocksDbStore;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The locked state is durable: it survives reopening the store, and the latest put wins. */
class StoredConsensusStateTest {
  @Test
  void lockedStateSurvivesReopeningTheStore(@TempDir Path dir) {
    LockedState first =
        new LockedState(5, 1, Hash.keccak(new byte[] {1}), Bytes.of(new byte[] {9}));
    LockedState second =
        new LockedState(6, 0, Hash.keccak(new byte[] {2}), Bytes.of(new byte[] {8, 7}));
    try (RocksDbStore store = RocksDbStore.open(dir, RocksDbStore.Settings.defaults())) {
      StoredConsensusState state = new StoredConsensusState(store);
      assertThat(state.load()).isEmpty();
      state.put(first);
      state.put(second);
    }
    try (RocksDbStore store = RocksDbStore.open(dir, RocksDbStore.Settings.defaults())) {
      assertThat(new StoredConsensusState(store).load()).contains(second);
    }
  }
}
