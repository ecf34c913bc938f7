package io.coterie.node.state;

import io.coterie.node.trie.Proof;
import io.coterie.node.types.Address;
import java.util.List;

/**
 * The result of EIP-1186 {@code eth_getProof}: the account's fields ({@link Account#EMPTY} for an
 * address never written, as geth reports it), the account proof against the state root, and one
 * proof per requested slot against the account's storage root.
 */
public record AccountProof(
    Address address, Account account, Proof accountProof, List<StorageProof> storageProof) {
  public AccountProof {
    storageProof = List.copyOf(storageProof);
  }
}
