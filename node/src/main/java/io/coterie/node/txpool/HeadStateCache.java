package io.coterie.node.txpool;

import io.coterie.node.state.Account;
import io.coterie.node.state.WorldStateReader;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The head state with its account and storage reads remembered until the next block, so a burst of
 * transactions from one sender reads its account and its Roles slot once. Not thread-safe: the
 * pool's lock guards it.
 */
final class HeadStateCache implements WorldStateReader {
  private final WorldStateReader head;
  private final Map<Address, Optional<Account>> accounts = new HashMap<>();
  private final Map<SlotKey, Bytes> storage = new HashMap<>();

  HeadStateCache(WorldStateReader head) {
    this.head = head;
  }

  @Override
  public Optional<Account> account(Address address) {
    return accounts.computeIfAbsent(address, head::account);
  }

  @Override
  public Bytes storage(Address address, Hash slot) {
    return storage.computeIfAbsent(new SlotKey(address, slot), k -> head.storage(address, slot));
  }

  @Override
  public Hash rootHash() {
    return head.rootHash();
  }

  private record SlotKey(Address address, Hash slot) {}
}
