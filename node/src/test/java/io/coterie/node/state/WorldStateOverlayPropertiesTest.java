package io.coterie.node.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.coterie.node.storage.InMemoryKeyValueStore;
import io.coterie.node.storage.TrieNodeStore;
import io.coterie.node.storage.WriteBatch;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class WorldStateOverlayPropertiesTest {
  private static final int ADDRESSES = 4;
  private static final int SLOTS = 4;

  sealed interface Op permits Balance, Store, Open, Commit, Revert {}

  record Balance(int address, long value) implements Op {}

  record Store(int address, int slot, int value) implements Op {}

  record Open() implements Op {}

  record Commit() implements Op {}

  record Revert() implements Op {}

  /** A write as the overlay received it, so it can be replayed without layers. */
  sealed interface Write permits AccountWrite, StorageWrite {}

  record AccountWrite(Address address, Account account) implements Write {}

  record StorageWrite(Address address, Hash slot, Bytes word) implements Write {}

  /** Up to 60 operations: balance and storage writes, and opening, committing, reverting layers. */
  private static Gen<List<Op>> programs() {
    Gen<Integer> address = integers().between(0, ADDRESSES - 1);
    Gen<Op> balance = address.zip(longs().between(0, 3), Balance::new);
    Gen<Op> store =
        address.zip(integers().between(0, SLOTS - 1), integers().between(0, 3), Store::new);
    Gen<Op> op =
        Generate.frequency(
            Pair.of(4, balance),
            Pair.of(6, store),
            Pair.of(2, Generate.<Op>constant(new Open())),
            Pair.of(1, Generate.<Op>constant(new Commit())),
            Pair.of(1, Generate.<Op>constant(new Revert())));
    return lists().of(op).ofSizeBetween(0, 60);
  }

  private static Address address(int i) {
    return Address.of(0x1000 + i);
  }

  private static Hash slot(int i) {
    return Hash.keccak(new byte[] {(byte) i});
  }

  private static Bytes word(int value) {
    byte[] word = new byte[32];
    word[31] = (byte) value;
    word[0] = (byte) (value == 3 ? 0x7f : 0); // a full-width word too
    return Bytes.of(word);
  }

  private static WorldState base(TrieNodeStore nodes, InMemoryKeyValueStore store) {
    WorldStateOverlay genesis = new WorldStateOverlay(WorldState.empty(nodes));
    genesis.putAccount(address(0), Account.EMPTY.withNonce(5).withBalance(BigInteger.TEN));
    genesis.putStorage(address(1), slot(0), word(2));
    WriteBatch batch = store.newBatch();
    WorldState state = genesis.commitTo(nodes.sink(batch));
    store.commit(batch);
    return WorldState.open(nodes, state.rootHash());
  }

  @Test
  void revertedLayersLeaveNoTrace() {
    qt().withExamples(300)
        .forAll(programs())
        .checkAssert(WorldStateOverlayPropertiesTest::runAndCompareWithReplay);
  }

  /**
   * Runs the program on a layered overlay, then checks it against a plain overlay that received
   * only the writes of layers that were committed (not reverted).
   */
  private static void runAndCompareWithReplay(List<Op> program) {
    InMemoryKeyValueStore store = new InMemoryKeyValueStore();
    TrieNodeStore nodes = new TrieNodeStore(store);
    WorldState base = base(nodes, store);
    WorldStateOverlay overlay = new WorldStateOverlay(base);
    Deque<List<Write>> surviving = new ArrayDeque<>();
    surviving.push(new ArrayList<>());

    for (Op op : program) {
      if (op instanceof Balance b) {
        Account account =
            overlay
                .account(address(b.address()))
                .orElse(Account.EMPTY)
                .withBalance(BigInteger.valueOf(b.value()));
        overlay.putAccount(address(b.address()), account);
        surviving.peek().add(new AccountWrite(address(b.address()), account));
      } else if (op instanceof Store s) {
        overlay.putStorage(address(s.address()), slot(s.slot()), word(s.value()));
        surviving
            .peek()
            .add(new StorageWrite(address(s.address()), slot(s.slot()), word(s.value())));
      } else if (op instanceof Open) {
        overlay.newLayer();
        surviving.push(new ArrayList<>());
      } else if (op instanceof Commit && overlay.depth() > 0) {
        overlay.commitLayer();
        List<Write> top = surviving.pop();
        surviving.peek().addAll(top);
      } else if (op instanceof Revert && overlay.depth() > 0) {
        overlay.revertLayer();
        surviving.pop();
      }
    }
    while (overlay.depth() > 0) {
      overlay.commitLayer();
      List<Write> top = surviving.pop();
      surviving.peek().addAll(top);
    }

    WorldStateOverlay replay = new WorldStateOverlay(base);
    for (Write write : surviving.pop()) {
      if (write instanceof AccountWrite a) {
        replay.putAccount(a.address(), a.account());
      } else if (write instanceof StorageWrite s) {
        replay.putStorage(s.address(), s.slot(), s.word());
      }
    }
    for (int a = 0; a < ADDRESSES; a++) {
      assertThat(overlay.account(address(a))).isEqualTo(replay.account(address(a)));
      for (int s = 0; s < SLOTS; s++) {
        assertThat(overlay.storage(address(a), slot(s)))
            .isEqualTo(replay.storage(address(a), slot(s)));
      }
    }
    WriteBatch batch = store.newBatch();
    Hash root = overlay.commitTo(nodes.sink(batch)).rootHash();
    store.commit(batch);
    assertThat(root).isEqualTo(replay.rootHash());

    WorldState reopened = WorldState.open(nodes, root);
    for (int a = 0; a < ADDRESSES; a++) {
      for (int s = 0; s < SLOTS; s++) {
        assertThat(reopened.storage(address(a), slot(s)))
            .isEqualTo(replay.storage(address(a), slot(s)));
      }
    }
  }
}
