package io.coterie.node.state;

import io.coterie.node.trie.NodeSink;
import io.coterie.node.trie.SecureMerklePatriciaTrie;
import io.coterie.node.trie.TrieNodeSource;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The state at one root: accounts in a secure trie keyed by address, each account's storage in a
 * secure trie keyed by slot. A {@code WorldState} never changes: {@link WorldStateOverlay#commitTo}
 * derives a new one. It is safe for concurrent readers; decoded trie nodes stay cached for its
 * lifetime, so keep the head state and re-open older roots only when needed.
 */
public final class WorldState implements WorldStateReader {
  private final TrieNodeSource source;
  private final SecureMerklePatriciaTrie accounts;
  // Storage tries changed by apply() and not yet committed, by address, in commit order.
  private final SortedMap<Address, SecureMerklePatriciaTrie> changedStorage;
  private final Map<Address, SecureMerklePatriciaTrie> storageTries = new ConcurrentHashMap<>();

  private WorldState(
      TrieNodeSource source,
      SecureMerklePatriciaTrie accounts,
      SortedMap<Address, SecureMerklePatriciaTrie> changedStorage,
      Map<Address, SecureMerklePatriciaTrie> inherited) {
    this.source = source;
    this.accounts = accounts;
    this.changedStorage = changedStorage;
    // The parent's decoded storage tries stay useful: only precompile accounts have storage, so
    // this map is small, and storageTrie() checks each entry's root before using it.
    storageTries.putAll(inherited);
    storageTries.putAll(changedStorage);
  }

  /** The state whose root is {@code stateRoot}, loading trie nodes from {@code source} on use. */
  public static WorldState open(TrieNodeSource source, Hash stateRoot) {
    return new WorldState(
        source, SecureMerklePatriciaTrie.open(source, stateRoot), new TreeMap<>(), Map.of());
  }

  public static WorldState empty(TrieNodeSource source) {
    return open(source, Hash.EMPTY_TRIE);
  }

  @Override
  public Optional<Account> account(Address address) {
    return accounts.get(address.toArray()).map(AccountCodec::decode);
  }

  @Override
  public Bytes storage(Address address, Hash slot) {
    Optional<Account> account = account(address);
    if (account.isEmpty() || account.get().storageRoot().equals(Hash.EMPTY_TRIE)) {
      return StorageWords.ZERO;
    }
    return storageTrie(address, account.get().storageRoot())
        .get(slot.toArray())
        .map(StorageWords::decode)
        .orElse(StorageWords.ZERO);
  }

  @Override
  public Hash rootHash() {
    return accounts.rootHash();
  }

  /** EIP-1186 proof of {@code address} and of each of {@code slots} in its storage. */
  public AccountProof getProof(Address address, List<Hash> slots) {
    Account account = account(address).orElse(Account.EMPTY);
    SecureMerklePatriciaTrie storage = storageTrie(address, account.storageRoot());
    List<StorageProof> storageProofs = new ArrayList<>();
    for (Hash slot : slots) {
      BigInteger value = new BigInteger(1, storage(address, slot).toArray());
      storageProofs.add(new StorageProof(slot, value, storage.getProof(slot.toArray())));
    }
    return new AccountProof(address, account, accounts.getProof(address.toArray()), storageProofs);
  }

  private SecureMerklePatriciaTrie storageTrie(Address address, Hash storageRoot) {
    SecureMerklePatriciaTrie trie = storageTries.get(address);
    if (trie != null && trie.rootHash().equals(storageRoot)) {
      return trie;
    }
    trie = SecureMerklePatriciaTrie.open(source, storageRoot);
    storageTries.put(address, trie);
    return trie;
  }

  /** This state with {@code changes} applied, in memory; {@link #commit} stores it. */
  WorldState apply(StateChanges changes) {
    SecureMerklePatriciaTrie newAccounts = accounts.copy();
    SortedMap<Address, SecureMerklePatriciaTrie> newStorage = new TreeMap<>(changedStorage);
    for (Map.Entry<Address, StateChanges.AccountChanges> entry : changes.byAddress.entrySet()) {
      Address address = entry.getKey();
      StateChanges.AccountChanges change = entry.getValue();
      Optional<Account> current = account(address);
      Hash storageRoot = current.map(Account::storageRoot).orElse(Hash.EMPTY_TRIE);
      Account updated = change.account != null ? change.account : current.orElse(Account.EMPTY);
      if (!change.storage.isEmpty()) {
        SecureMerklePatriciaTrie storage = storageTrie(address, storageRoot).copy();
        for (Map.Entry<Hash, Bytes> slot : change.storage.entrySet()) {
          storage.put(slot.getKey().toArray(), StorageWords.encode(slot.getValue()));
        }
        storageRoot = storage.rootHash();
        newStorage.put(address, storage);
      }
      newAccounts.put(address.toArray(), AccountCodec.encode(updated.withStorageRoot(storageRoot)));
    }
    return new WorldState(source, newAccounts, newStorage, storageTries);
  }

  /**
   * Emits the trie nodes this state has that its source lacks (changed storage tries, then the
   * account trie) and returns the state root. The caller must store what the sink received before
   * states derived from this one are committed.
   */
  public Hash commit(NodeSink sink) {
    for (SecureMerklePatriciaTrie storage : changedStorage.values()) {
      storage.commit(sink);
    }
    changedStorage.clear();
    return accounts.commit(sink);
  }
}
