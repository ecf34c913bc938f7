package io.coterie.node.execution;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.spi.WorldStorage;
import io.coterie.node.state.WorldStateReader;
import io.coterie.node.types.Address;
import io.coterie.node.types.Hash;
import java.util.Objects;

/**
 * Chaincode's {@link WorldStorage} view of one node state, for unmetered host-side reads (account
 * permissioning through {@code RolesReader}, RPC views). Writing is a programming error.
 */
public final class ReadOnlyWorldStorage implements WorldStorage {
  private final WorldStateReader state;

  public ReadOnlyWorldStorage(WorldStateReader state) {
    this.state = Objects.requireNonNull(state, "state");
  }

  @Override
  public Word load(ChainAddress account, Word slot) {
    return Word.wrap(
        state.storage(Address.wrap(account.bytes()), Hash.wrap(slot.bytes())).toArray());
  }

  @Override
  public void store(ChainAddress account, Word slot, Word value) {
    throw new UnsupportedOperationException(
        "read-only storage: writes go through the transaction's WorldStateOverlay");
  }
}
