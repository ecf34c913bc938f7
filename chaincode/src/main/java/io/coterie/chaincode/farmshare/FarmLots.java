package io.coterie.chaincode.farmshare;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.bytes32;

import io.coterie.chaincode.gtin.GtinBinding;
import io.coterie.chaincode.gtin.GtinOwnership;
import io.coterie.chaincode.provenance.Lot;
import io.coterie.chaincode.provenance.ProvenanceReader;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.MeteredState;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.spi.WorldStorage;
import java.util.Optional;

/**
 * Whether a farm may bind a lot to a delivery: the lot exists in the Provenance precompile ({@code
 * 0x…1004}), is not recalled, and is the farm's, as Provenance 2 decides who may create lots: the
 * farm created it, or the farm owns its GTIN in the GTIN registry ({@code 0x…1009}), exact GTIN
 * first, then the longest company prefix. Reads are charged to the call.
 */
final class FarmLots {
  private static final ProvenanceReader PROVENANCE = new ProvenanceReader();

  private FarmLots() {}

  /** A revert saying why {@code farm} may not deliver {@code lotId}, or empty when it may. */
  static Optional<CallResult> refusal(CallContext ctx, ChainAddress farm, Word lotId) {
    WorldStorage reads = MeteredState.chargedReads(ctx);
    Optional<Lot> lot = PROVENANCE.lot(reads, lotId);
    if (lot.isEmpty()) {
      return Optional.of(FarmShareErrors.UNKNOWN_LOT.revert(bytes32(lotId)));
    }
    if (PROVENANCE.isRecalled(reads, lotId)) {
      return Optional.of(FarmShareErrors.LOT_RECALLED.revert(bytes32(lotId)));
    }
    ChainAddress creator = lot.get().creator();
    if (creator.equals(farm)) {
      return Optional.empty();
    }
    ChainAddress gtinOwner =
        PROVENANCE
            .gtin(reads, lotId)
            .flatMap(gtin -> GtinOwnership.resolve(GtinOwnership.readOnly(reads), gtin))
            .map(GtinBinding::owner)
            .orElse(ChainAddress.ZERO);
    if (gtinOwner.equals(farm)) {
      return Optional.empty();
    }
    return Optional.of(
        FarmShareErrors.LOT_NOT_FROM_FARM.revert(
            bytes32(lotId), address(farm), address(creator), address(gtinOwner)));
  }
}
