package io.coterie.node.state;

import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes to apply to a {@link WorldState}, sorted by address and slot so that every node applies
 * them in the same order.
 */
final class StateChanges {
  /** One address's changes; {@code account} is null when only its storage changed. */
  static final class AccountChanges {
    Account account;
    final SortedMap<Hash, Bytes> storage = new TreeMap<>();
  }

  final SortedMap<Address, AccountChanges> byAddress = new TreeMap<>();

  AccountChanges at(Address address) {
    return byAddress.computeIfAbsent(address, a -> new AccountChanges());
  }
}
