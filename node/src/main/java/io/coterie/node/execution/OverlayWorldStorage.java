package io.coterie.node.execution;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.StaticCallViolation;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.spi.WorldStorage;
import io.coterie.node.state.WorldStateOverlay;
import io.coterie.node.types.Bytes;

/** Chaincode storage over the block's state overlay; writes land in the overlay's current layer. */
final class OverlayWorldStorage implements WorldStorage {
  private final WorldStateOverlay overlay;
  private final boolean readOnly;

  OverlayWorldStorage(WorldStateOverlay overlay, boolean readOnly) {
    this.overlay = overlay;
    this.readOnly = readOnly;
  }

  @Override
  public Word load(ChainAddress account, Word slot) {
    return ChaincodeValues.word(
        overlay.storage(ChaincodeValues.toNode(account), ChaincodeValues.slot(slot)));
  }

  @Override
  public void store(ChainAddress account, Word slot, Word value) {
    if (readOnly) {
      throw new StaticCallViolation(account, "write storage slot " + slot.toHex());
    }
    overlay.putStorage(
        ChaincodeValues.toNode(account), ChaincodeValues.slot(slot), Bytes.of(value.bytes()));
  }
}
