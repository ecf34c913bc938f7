package io.coterie.node.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.node.types.Hash;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaGuardTest {
  private static final ChainIdentity OURS =
      new ChainIdentity(1337, Hash.keccak("genesis-a".getBytes(StandardCharsets.UTF_8)));

  @Test
  void aFreshDirectoryIsClaimedAndThenMatchesAfterReopening(@TempDir Path dir) {
    try (RocksDbStore store = RocksDbStore.open(dir, RocksDbStore.Settings.defaults())) {
      assertThat(SchemaGuard.admit(dir, store, OURS)).isEqualTo(new SchemaGuard.Verdict.Claimed());
    }
    try (RocksDbStore store = RocksDbStore.open(dir, RocksDbStore.Settings.defaults())) {
      assertThat(SchemaGuard.admit(dir, store, OURS)).isEqualTo(new SchemaGuard.Verdict.Matches());
      assertThat(new MetadataStore(store).schemaVersion()).hasValue(SchemaGuard.SCHEMA_VERSION);
    }
  }

  @Test
  void anotherChainsDirectoryIsRefusedSayingWhatWasFoundAndWhatToDo(@TempDir Path dir) {
    ChainIdentity other =
        new ChainIdentity(2024, Hash.keccak("genesis-b".getBytes(StandardCharsets.UTF_8)));
    try (RocksDbStore store = RocksDbStore.open(dir, RocksDbStore.Settings.defaults())) {
      SchemaGuard.admit(dir, store, other);
    }
    try (RocksDbStore store = RocksDbStore.open(dir, RocksDbStore.Settings.defaults())) {
      SchemaGuard.Verdict verdict = SchemaGuard.admit(dir, store, OURS);

      assertThat(verdict).isInstanceOf(SchemaGuard.Verdict.Refused.class);
      assertThat(((SchemaGuard.Verdict.Refused) verdict).message())
          .contains(dir.toString())
          .contains("holds chain id 2024 with genesis " + other.genesisHash())
          .contains("configured for chain id 1337 with genesis " + OURS.genesisHash())
          .contains("--data-path")
          .contains("--reset");
    }
  }

  @Test
  void aSameChainIdWithAnotherGenesisIsRefused(@TempDir Path dir) {
    try (RocksDbStore store = RocksDbStore.open(dir, RocksDbStore.Settings.defaults())) {
      SchemaGuard.admit(dir, store, new ChainIdentity(1337, Hash.ZERO));

      assertThat(SchemaGuard.admit(dir, store, OURS))
          .isInstanceOf(SchemaGuard.Verdict.Refused.class);
    }
  }

  @Test
  void aNewerSchemaIsRefused(@TempDir Path dir) {
    try (RocksDbStore store = RocksDbStore.open(dir, RocksDbStore.Settings.defaults())) {
      WriteBatch batch = store.newBatch();
      new MetadataStore(store).putSchemaVersion(batch, SchemaGuard.SCHEMA_VERSION + 1);
      store.commit(batch);

      assertThat(SchemaGuard.admit(dir, store, OURS))
          .isInstanceOfSatisfying(
              SchemaGuard.Verdict.Refused.class,
              r ->
                  assertThat(r.message())
                      .contains("schema version " + (SchemaGuard.SCHEMA_VERSION + 1)));
    }
  }
}
