package io.coterie.node.state;

import io.coterie.node.trie.NodeSink;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * In-memory writes over a {@link WorldState}, in layers: a block executes in the bottom layer, a
 * transaction or a nested call opens a layer with {@link #newLayer()}, and either folds it into the
 * layer below ({@link #commitLayer()}) or drops it ({@link #revertLayer()}). Reads see the topmost
 * write, then the base. Nothing reaches the tries until {@link #commitTo(NodeSink)}, which applies
 * the changes sorted by address and slot. Used by one thread at a time.
 */
public final class WorldStateOverlay implements WorldStateReader {
  private static final class Layer {
    final Map<Address, Account> accounts = new HashMap<>();
    final Map<Address, Map<Hash, Bytes>> storage = new HashMap<>();

    void absorb(Layer above) {
      accounts.putAll(above.accounts);
      above.storage.forEach(
          (address, slots) -> storage.computeIfAbsent(address, a -> new HashMap<>()).putAll(slots));
    }
  }

  private WorldState base;
  private final List<Layer> layers = new ArrayList<>();

  // What was read from the base, kept until the base changes (commitTo): every transaction of a
  // block reads the same slots (the sender's roles, a program's settings), each a trie walk.
  private final Map<Address, Optional<Account>> baseAccounts = new HashMap<>();
  private final Map<Address, Map<Hash, Bytes>> baseStorage = new HashMap<>();

  public WorldStateOverlay(WorldState base) {
    this.base = base;
    layers.add(new Layer());
  }

  public WorldState base() {
    return base;
  }

  /** Layers opened and not yet committed or reverted (the bottom layer is not counted). */
  public int depth() {
    return layers.size() - 1;
  }

  public void newLayer() {
    layers.add(new Layer());
  }

  /** Folds the top layer's writes into the layer below. */
  public void commitLayer() {
    Layer top = pop("commitLayer");
    layers.get(layers.size() - 1).absorb(top);
  }

  /** Drops the top layer's writes. */
  public void revertLayer() {
    pop("revertLayer");
  }

  private Layer pop(String operation) {
    if (layers.size() == 1) {
      throw new IllegalStateException(operation + " without a matching newLayer");
    }
    return layers.remove(layers.size() - 1);
  }

  @Override
  public Optional<Account> account(Address address) {
    for (int i = layers.size() - 1; i >= 0; i--) {
      Account account = layers.get(i).accounts.get(address);
      if (account != null) {
        return Optional.of(account);
      }
    }
    return baseAccounts.computeIfAbsent(address, base::account);
  }

  @Override
  public Bytes storage(Address address, Hash slot) {
    for (int i = layers.size() - 1; i >= 0; i--) {
      Map<Hash, Bytes> slots = layers.get(i).storage.get(address);
      if (slots != null) {
        Bytes word = slots.get(slot);
        if (word != null) {
          return word;
        }
      }
    }
    return baseStorage
        .computeIfAbsent(address, a -> new HashMap<>())
        .computeIfAbsent(slot, s -> base.storage(address, s));
  }

  /**
   * Sets the account's nonce, balance and code hash. Its {@code storageRoot} is ignored: the state
   * derives it from the storage writes when committing.
   */
  public void putAccount(Address address, Account account) {
    top().accounts.put(address, account);
  }

  /** Sets a 32-byte storage word; the zero word deletes the slot. */
  public void putStorage(Address address, Hash slot, Bytes word) {
    StorageWords.require32(word);
    top().storage.computeIfAbsent(address, a -> new HashMap<>()).put(slot, word);
  }

  private Layer top() {
    return layers.get(layers.size() - 1);
  }

  /** The root the state would have if committed now (open layers included); stores nothing. */
  @Override
  public Hash rootHash() {
    return base.apply(changes()).rootHash();
  }

  /**
   * Applies every change to the tries, emits the new trie nodes into {@code sink} and returns the
   * new state, whose {@link WorldState#rootHash()} is the new state root. The overlay then
   * continues empty on top of the new state. All layers opened since must be closed first.
   */
  public WorldState commitTo(NodeSink sink) {
    if (depth() != 0) {
      throw new IllegalStateException(
          depth() + " layer(s) still open; commit or revert them before commitTo");
    }
    WorldState next = base.apply(changes());
    next.commit(sink);
    base = next;
    baseAccounts.clear();
    baseStorage.clear();
    layers.clear();
    layers.add(new Layer());
    return next;
  }

  private StateChanges changes() {
    StateChanges changes = new StateChanges();
    for (Layer layer : layers) {
      layer.accounts.forEach((address, account) -> changes.at(address).account = account);
      layer.storage.forEach((address, slots) -> changes.at(address).storage.putAll(slots));
    }
    return changes;
  }
}
