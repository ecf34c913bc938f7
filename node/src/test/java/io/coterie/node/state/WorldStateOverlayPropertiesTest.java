package io.coterie.node.state;

import static org.assertj.core.api.Assertions.assertThat;

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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

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

  @Provide
  Arbitrary<List<Op>> programs() {
    Arbitrary<Integer> address = Arbitraries.integers().between(0, ADDRESSES - 1);
    Arbitrary<Op> balance =
        Combinators.combine(address, Arbitraries.longs().between(0, 3)).as(Balance::new);
    Arbitrary<Op> store =
        Combinators.combine(
                address,
                Arbitraries.integers().between(0, SLOTS - 1),
                Arbitraries.integers().between(0, 3))
            .as(Store::new);
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, balance),
            net.jqwik.api.Tuple.of(6, store),
            net.jqwik.api.Tuple.of(2, Arbitraries.just(new Open())),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(new Commit())),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(new Revert())))
        .list()
        .ofMaxSize(60);
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

  @Property(tries = 300)
  void revertedLayersLeaveNoTrace(@ForAll("programs") List<Op> program) {
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
