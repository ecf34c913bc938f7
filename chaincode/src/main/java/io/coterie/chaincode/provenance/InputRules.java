package io.coterie.chaincode.provenance;

import static io.coterie.chaincode.abi.AbiValues.bytes32;
import static io.coterie.chaincode.abi.AbiValues.string;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.spi.BlockContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.Word;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.web3j.abi.datatypes.generated.Int32;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;

/** Validation of call inputs that does not depend on stored lots. */
final class InputRules {
  private InputRules() {}

  /** Most lots (or inputs, outputs, children) one event may name. */
  static final int MAX_LOTS_PER_EVENT = 64;

  /** Most children a container holds at once (ship and receive move them all). */
  static final int MAX_CONTAINER_CONTENTS = 64;

  /** Longest document URI, in UTF-8 bytes. */
  static final int MAX_DOCUMENT_URI_BYTES = 256;

  /** Parses the ten context parameters starting at argument {@code first}. */
  static Checked<EventContext> context(CallArgs args, int first, BlockContext block) {
    int step = args.uint8(first);
    int disposition = args.uint8(first + 1);
    long eventTime = args.uint64(first + 2);
    String readPoint = args.string(first + 3);
    String bizLocation = args.string(first + 4);
    boolean hasSensor = args.bool(first + 5);
    int min = args.int32(first + 6);
    int max = args.int32(first + 7);
    Word documentHash = args.bytes32(first + 8);
    String documentUri = args.string(first + 9);

    Optional<BizStep> bizStep = BizStep.fromCode(step);
    if (bizStep.isEmpty()) {
      return Checked.failed(ProvenanceErrors.INVALID_BIZ_STEP.revert(new Uint8(step)));
    }
    if (disposition != 0 && Disposition.fromCode(disposition).isEmpty()) {
      return Checked.failed(ProvenanceErrors.INVALID_DISPOSITION.revert(new Uint8(disposition)));
    }
    if (eventTime == 0 || eventTime > block.timestampSeconds()) {
      return Checked.failed(
          ProvenanceErrors.INVALID_EVENT_TIME.revert(
              new Uint64(eventTime), new Uint64(block.timestampSeconds())));
    }
    Checked<Long> readPointGln = gln(readPoint);
    if (readPointGln instanceof Checked.Failed<Long> f) {
      return Checked.failed(f.revert());
    }
    Checked<Long> bizLocationGln = gln(bizLocation);
    if (bizLocationGln instanceof Checked.Failed<Long> f) {
      return Checked.failed(f.revert());
    }
    if (hasSensor ? min > max : (min != 0 || max != 0)) {
      return Checked.failed(
          ProvenanceErrors.INVALID_SENSOR_RANGE.revert(new Int32(min), new Int32(max)));
    }
    int uriBytes = documentUri.getBytes(StandardCharsets.UTF_8).length;
    if (uriBytes > MAX_DOCUMENT_URI_BYTES) {
      return Checked.failed(
          ProvenanceErrors.DOCUMENT_URI_TOO_LONG.revert(
              uint256(uriBytes), uint256(MAX_DOCUMENT_URI_BYTES)));
    }
    return Checked.ok(
        new EventContext(
            bizStep.get(),
            disposition,
            eventTime,
            ((Checked.Ok<Long>) readPointGln).value(),
            ((Checked.Ok<Long>) bizLocationGln).value(),
            hasSensor,
            min,
            max,
            documentHash,
            documentUri));
  }

  /** The step a dedicated function requires, e.g. commissioning for {@code commissionLot}. */
  static Optional<CallResult> requireStep(EventContext context, BizStep required) {
    if (context.bizStep() == required) {
      return Optional.empty();
    }
    return Optional.of(
        ProvenanceErrors.WRONG_BIZ_STEP.revert(
            new Uint8(context.bizStep().code()), new Uint8(required.code())));
  }

  /** Custody-moving steps belong to {@code shipLots}, {@code receiveLots} and cancellation. */
  static Optional<CallResult> refuseCustodySteps(EventContext context) {
    if (context.bizStep().movesCustody()) {
      return Optional.of(
          ProvenanceErrors.RESERVED_BIZ_STEP.revert(new Uint8(context.bizStep().code())));
    }
    return Optional.empty();
  }

  /** 1..{@link #MAX_LOTS_PER_EVENT} distinct ids. */
  static Optional<CallResult> lotList(List<Word> ids) {
    if (ids.isEmpty() || ids.size() > MAX_LOTS_PER_EVENT) {
      return Optional.of(
          ProvenanceErrors.LOT_COUNT_OUT_OF_RANGE.revert(
              uint256(ids.size()), uint256(MAX_LOTS_PER_EVENT)));
    }
    TreeSet<Word> seen = new TreeSet<>();
    for (Word id : ids) {
      if (!seen.add(id)) {
        return Optional.of(ProvenanceErrors.DUPLICATE_LOT.revert(bytes32(id)));
      }
    }
    return Optional.empty();
  }

  /** A GTIN-14 and batch/lot pair, as {@code lotIdOf} and {@code commissionLot} accept it. */
  static Checked<Word> lotId(String gtin, String lotNumber) {
    if (!Gs1.isGtin14(gtin)) {
      return Checked.failed(ProvenanceErrors.INVALID_GTIN.revert(string(gtin)));
    }
    if (!Gs1.isLotNumber(lotNumber)) {
      return Checked.failed(ProvenanceErrors.INVALID_LOT_NUMBER.revert(string(lotNumber)));
    }
    return Checked.ok(Gs1.lotId(gtin, lotNumber));
  }

  static Checked<Word> containerId(String sscc) {
    if (!Gs1.isSscc(sscc)) {
      return Checked.failed(ProvenanceErrors.INVALID_SSCC.revert(string(sscc)));
    }
    return Checked.ok(Gs1.containerId(sscc));
  }

  // Empty means "not stated"; the all-zero GLN is refused because 0 encodes "not stated".
  private static Checked<Long> gln(String gln) {
    if (gln.isEmpty()) {
      return Checked.ok(0L);
    }
    if (!Gs1.isGln(gln) || Gs1.glnNumber(gln) == 0) {
      return Checked.failed(ProvenanceErrors.INVALID_GLN.revert(string(gln)));
    }
    return Checked.ok(Gs1.glnNumber(gln));
  }
}
