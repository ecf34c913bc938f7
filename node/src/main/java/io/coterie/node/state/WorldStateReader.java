package io.coterie.node.state;

import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import java.util.Optional;

/** Read access to accounts and storage at one state. */
public interface WorldStateReader {
  /** The account at {@code address}; empty when the address was never written. */
  Optional<Account> account(Address address);

  /** The 32-byte word in {@code slot} of {@code address}'s storage; 32 zero bytes when unset. */
  Bytes storage(Address address, Hash slot);

  /** The state root this reader shows (for an overlay: with its pending changes applied). */
  Hash rootHash();
}
