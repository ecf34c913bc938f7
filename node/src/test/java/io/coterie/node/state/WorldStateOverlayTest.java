package io.coterie.node.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.node.storage.InMemoryKeyValueStore;
import io.coterie.node.storage.TrieNodeStore;
import io.coterie.node.storage.WriteBatch;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import java.math.BigInteger;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorldStateOverlayTest {
  private static final Address CONTRACT = Address.of(0x1001);
  private static final Address SENDER = Address.of(0xabc);
  private static final Hash SLOT = Hash.keccak(new byte[] {1});

  private final InMemoryKeyValueStore store = new InMemoryKeyValueStore();
  private final TrieNodeStore nodes = new TrieNodeStore(store);

  private static Bytes word(int value) {
    byte[] word = new byte[32];
    word[31] = (byte) value;
    return Bytes.of(word);
  }

  private WorldState commit(WorldStateOverlay overlay) {
    WriteBatch batch = store.newBatch();
    WorldState state = overlay.commitTo(nodes.sink(batch));
    store.commit(batch);
    return state;
  }

  @Test
  void valuesReadFromTheBaseGiveWayToWritesAndToTheNextBase() {
    WorldStateOverlay overlay = new WorldStateOverlay(WorldState.empty(nodes));
    assertThat(overlay.storage(CONTRACT, SLOT)).isEqualTo(word(0));
    assertThat(overlay.account(SENDER)).isEmpty();

    overlay.putStorage(CONTRACT, SLOT, word(7));
    overlay.putAccount(SENDER, Account.EMPTY.withBalance(BigInteger.TEN));
    assertThat(overlay.storage(CONTRACT, SLOT)).isEqualTo(word(7));

    WorldState committed = commit(overlay);
    assertThat(overlay.storage(CONTRACT, SLOT)).isEqualTo(word(7));
    assertThat(overlay.account(SENDER).map(Account::balance)).contains(BigInteger.TEN);

    overlay.newLayer();
    overlay.putStorage(CONTRACT, SLOT, word(9));
    overlay.revertLayer();
    assertThat(overlay.storage(CONTRACT, SLOT)).isEqualTo(word(7));
    assertThat(committed.storage(CONTRACT, SLOT)).isEqualTo(word(7));
  }

  @Test
  void aSecondOverlayOnTheSameBaseDoesNotSeeTheFirstOnesCachedReads() {
    WorldState base = WorldState.empty(nodes);
    WorldStateOverlay first = new WorldStateOverlay(base);
    assertThat(first.account(SENDER)).isEqualTo(Optional.empty());
    first.putAccount(SENDER, Account.EMPTY.withNonce(1));

    WorldStateOverlay second = new WorldStateOverlay(base);
    assertThat(second.account(SENDER)).isEmpty();
  }
}
