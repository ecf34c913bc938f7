package io.coterie.node.txpool;

import io.coterie.node.state.Account;
import io.coterie.node.state.WorldStateReader;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The head state with its account and storage reads remembered until the next block, so a burst of
 * transactions from one sender reads its account and its Roles slot once, and the senders found
 * permitted at this head, so their later transactions skip the role checks (three Keccak slot
 * derivations and lookups each). Not thread-safe: the pool's lock guards it.
 */
final class HeadStateCache implements WorldStateReader {
  private final WorldStateReader head;
  private final Map<Address, Optional<Account>> accounts = new HashMap<>();
  private final Map<SlotKey, Bytes> storage = new HashMap<>();
  private final Set<Address> permitted = new HashSet<>();

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

  boolean knownPermitted(Address sender) {
    return permitted.contains(sender);
  }

  void rememberPermitted(Address sender) {
    permitted.add(sender);
  }

  @Override
  public Hash rootHash() {
    return head.rootHash();
  }

  private record SlotKey(Address address, Hash slot) {}
}
