package io.coterie.chaincode.provenance;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.bytes32;
import static io.coterie.chaincode.abi.AbiValues.encode;
import static io.coterie.chaincode.abi.AbiValues.uint256;
import static io.coterie.chaincode.provenance.Recording.value;

import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint8;

/** Recalls, error declarations and inspector attestations (INSPECTOR_ROLE). */
final class OversightHandlers {
  private OversightHandlers() {}

  static final String RECALL = "recall(bytes32,bytes32)";
  static final String DECLARE_ERROR = "declareError(uint256,uint8,uint256[])";
  static final String ATTEST = "attest(uint256,bytes32)";

  /**
   * Marks the lot and every lot derived from it recalled, eagerly: a breadth-first walk over the
   * forward lineage (transformation outputs, containers) at recall time, every read, write and
   * {@code LotRecalled} event charged as gas, so the transaction's gas limit is the work budget and
   * a walk that exceeds it fails as a whole. The walk stops at lots already recalled, which is
   * sound because a recalled lot's descendants are all recalled: new lineage from a recalled lot is
   * refused ({@code LotIsRecalled}). Eager flags make {@code isRecalled} one storage read that
   * {@code eth_getProof} can prove.
   */
  static CallResult recall(CallContext ctx, CalldataReader raw) {
    Recording r = new Recording(ctx);
    Word lotId = raw.bytes32(0);
    Word reasonHash = raw.bytes32(1);
    Checked<Lot> checked = r.existing(lotId);
    if (checked instanceof Checked.Failed<Lot> f) {
      return f.revert();
    }
    Lot lot = value(checked);
    if (lot.recalled()) {
      return ProvenanceErrors.LOT_ALREADY_RECALLED.revert(bytes32(lotId));
    }
    boolean allowed =
        lot.creator().equals(r.caller())
            || r.callerHolds(StandardRoles.BRAND_ROLE)
            || r.callerHolds(StandardRoles.INSPECTOR_ROLE);
    if (!allowed) {
      return ProvenanceErrors.NOT_ALLOWED_TO_RECALL.revert(bytes32(lotId), address(r.caller()));
    }
    TreeSet<Word> seen = new TreeSet<>(List.of(lotId));
    Deque<Lot> queue = new ArrayDeque<>(List.of(lot));
    long recalled = 0;
    while (!queue.isEmpty()) {
      Lot next = queue.removeFirst();
      r.state.markRecalled(next, lotId);
      recalled++;
      r.metered.emit(
          ProvenanceEvents.LOT_RECALLED.topics(next.lotId(), lotId, Word.of(r.caller())),
          ProvenanceEvents.LOT_RECALLED.data(bytes32(reasonHash)));
      for (Word derived : r.state.derived(next.lotId())) {
        if (seen.add(derived)) {
          Lot child = r.state.lot(derived).orElseThrow();
          if (!child.recalled()) {
            queue.addLast(child);
          }
        }
      }
    }
    return CallResult.success(encode(uint256(recalled)));
  }

  static CallResult declareError(CallContext ctx, CalldataReader raw) {
    CallArgs args =
        CallArgs.decode(raw, false, CallArgs.UINT256, CallArgs.UINT8, CallArgs.UINT256_ARRAY);
    Recording r = new Recording(ctx);
    BigInteger eventId = args.uint256(0);
    int reasonCode = args.uint8(1);
    List<BigInteger> corrective = args.uint256Array(2);
    Optional<CallResult> unknown = unknownEvent(r, eventId);
    if (unknown.isPresent()) {
      return unknown.get();
    }
    long id = eventId.longValueExact();
    Optional<ErrorReason> reason = ErrorReason.fromCode(reasonCode);
    if (reason.isEmpty()) {
      return ProvenanceErrors.INVALID_ERROR_REASON.revert(new Uint8(reasonCode));
    }
    if (r.state.isDeclaredErroneous(id)) {
      return ProvenanceErrors.EVENT_ALREADY_DECLARED_ERRONEOUS.revert(uint256(id));
    }
    if (!r.state.eventRecorder(id).equals(r.caller())
        && !r.callerHolds(StandardRoles.INSPECTOR_ROLE)) {
      return ProvenanceErrors.NOT_ALLOWED_TO_DECLARE_ERROR.revert(uint256(id), address(r.caller()));
    }
    long count = r.state.eventCount();
    for (BigInteger c : corrective) {
      if (c.signum() <= 0 || c.compareTo(BigInteger.valueOf(count)) > 0 || c.equals(eventId)) {
        return ProvenanceErrors.INVALID_CORRECTIVE_EVENT.revert(uint256(c));
      }
    }
    List<Long> correctiveIds = corrective.stream().map(BigInteger::longValueExact).toList();
    r.state.putErrorDeclaration(
        new ErrorDeclaration(
            id, r.caller(), reason.get(), ctx.block().timestampSeconds(), correctiveIds));
    r.metered.emit(
        ProvenanceEvents.ERROR_DECLARED.topics(Word.of(id), Word.of(r.caller())),
        ProvenanceEvents.ERROR_DECLARED.data(
            new Uint8(reasonCode),
            new DynamicArray<>(
                Uint256.class, correctiveIds.stream().map(c -> uint256(c)).toList())));
    return CallResult.success();
  }

  static CallResult attest(CallContext ctx, CalldataReader raw) {
    Recording r = new Recording(ctx);
    BigInteger eventId = raw.uint256(0);
    Word statementHash = raw.bytes32(1);
    Optional<CallResult> unauthorized = r.requireRole(StandardRoles.INSPECTOR_ROLE);
    if (unauthorized.isPresent()) {
      return unauthorized.get();
    }
    Optional<CallResult> unknown = unknownEvent(r, eventId);
    if (unknown.isPresent()) {
      return unknown.get();
    }
    long id = eventId.longValueExact();
    r.state.addAttestation(
        new Attestation(id, r.caller(), ctx.block().timestampSeconds(), statementHash));
    r.metered.emit(
        ProvenanceEvents.ATTESTED.topics(Word.of(id), Word.of(r.caller())),
        ProvenanceEvents.ATTESTED.data(bytes32(statementHash)));
    return CallResult.success();
  }

  static Optional<CallResult> unknownEvent(Recording r, BigInteger eventId) {
    if (eventId.signum() <= 0 || eventId.compareTo(BigInteger.valueOf(r.state.eventCount())) > 0) {
      return Optional.of(ProvenanceErrors.UNKNOWN_EVENT.revert(uint256(eventId)));
    }
    return Optional.empty();
  }
}
