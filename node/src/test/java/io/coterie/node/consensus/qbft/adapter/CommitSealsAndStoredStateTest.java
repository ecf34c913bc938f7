package io.coterie.node.consensus.qbft.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.node.consensus.qbft.extradata.QbftExtraData;
import io.coterie.node.consensus.qbft.message.QbftBlocks;
import io.coterie.node.consensus.qbft.port.LockedState;
import io.coterie.node.consensus.qbft.testing.InMemoryChain;
import io.coterie.node.consensus.qbft.testing.TestValidators;
import io.coterie.node.storage.RocksDbStore;
import io.coterie.node.types.Block;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A follower accepts a block only with a quorum of distinct validators' commit seals, and the
 * locked state survives reopening the store.
 */
class CommitSealsAndStoredStateTest {
  private final TestValidators validators = TestValidators.create(4);
  private final InMemoryChain chain = new InMemoryChain(validators.addresses());
  private final CommitSeals seals = new CommitSeals(height -> validators.addresses());

  private Block block() {
    return InMemoryChain.block(
        chain.head(),
        validators.address(0),
        1,
        QbftExtraData.unsealed(validators.addresses(), Optional.empty(), 0),
        7);
  }

  private Block sealedBy(Block block, int... sealers) {
    List<Bytes> list = new ArrayList<>();
    for (int sealer : sealers) {
      Hash hash = QbftBlocks.commitSealHash(block);
      list.add(Bytes.of(validators.key(sealer).sign(hash.toArray()).toBytes65()));
    }
    return QbftBlocks.withSeals(block, list);
  }

  @Test
  void aQuorumOfValidatorSealsIsAccepted() {
    assertThat(seals.problem(sealedBy(block(), 0, 1, 2))).isEmpty();
  }

  @Test
  void tooFewSealsAreRejectedWithTheQuorum() {
    assertThat(seals.problem(sealedBy(block(), 0, 1))).hasValueSatisfying(p -> p.contains("3"));
  }

  @Test
  void aRepeatedSealDoesNotCountTwice() {
    assertThat(seals.problem(sealedBy(block(), 0, 1, 1)))
        .hasValueSatisfying(p -> p.contains("two seals"));
  }

  @Test
  void oneSealOverAnotherBlockRejectsTheBlock() {
    Block block = block();
    Block other =
        InMemoryChain.block(
            chain.head(),
            validators.address(0),
            1,
            QbftExtraData.unsealed(validators.addresses(), Optional.empty(), 0),
            8);
    List<Bytes> mixed =
        new ArrayList<>(QbftBlocks.extraData(sealedBy(block, 0, 1, 2).header()).seals());
    mixed.set(2, QbftBlocks.extraData(sealedBy(other, 2).header()).seals().get(0));
    assertThat(seals.problem(QbftBlocks.withSeals(block, mixed)))
        .hasValueSatisfying(p -> p.contains("not signed by a validator"));
  }

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
