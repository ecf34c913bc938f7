package io.coterie.node.execution;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.StaticCallViolation;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.spi.WorldStorage;
import io.coterie.node.state.WorldStateReader;

/** Chaincode's view of a state that may only be read (pool checks, RPC views). */
public final class ReadOnlyWorldStorage implements WorldStorage {
  private final WorldStateReader state;

  public ReadOnlyWorldStorage(WorldStateReader state) {
    this.state = state;
  }

  @Override
  public Word load(ChainAddress account, Word slot) {
    return ChaincodeValues.word(
        state.storage(ChaincodeValues.toNode(account), ChaincodeValues.slot(slot)));
  }

  @Override
  public void store(ChainAddress account, Word slot, Word value) {
    throw new StaticCallViolation(
        account, "write storage slot " + slot.toHex() + " in a read-only view");
  }
}
