package io.coterie.node.types;

import java.util.List;

/** One EIP-2930 access list entry: an address and the storage keys the transaction touches. */
public record AccessListEntry(Address address, List<Hash> storageKeys) {
  public AccessListEntry {
    java.util.Objects.requireNonNull(address, "address");
    storageKeys = List.copyOf(storageKeys);
  }
}
