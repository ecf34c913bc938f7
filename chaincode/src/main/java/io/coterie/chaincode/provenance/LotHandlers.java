package io.coterie.chaincode.provenance;

import static io.coterie.chaincode.abi.AbiValues.bytes32;
import static io.coterie.chaincode.abi.AbiValues.encode;
import static io.coterie.chaincode.abi.AbiValues.uint256;
import static io.coterie.chaincode.provenance.Recording.value;

import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.util.List;
import java.util.Optional;
import org.web3j.abi.datatypes.generated.Uint8;

/** {@code commissionLot} and {@code recordObjectEvent}: ObjectEvents. */
final class LotHandlers {
  private LotHandlers() {}

  static final String COMMISSION_LOT =
      "commissionLot(string,string," + CallArgs.CONTEXT_SIGNATURE + ")";
  static final String RECORD_OBJECT_EVENT =
      "recordObjectEvent(bytes32[],uint8," + CallArgs.CONTEXT_SIGNATURE + ")";

  static CallResult commissionLot(CallContext ctx, CalldataReader raw, LotCreationRules rules) {
    CallArgs args = CallArgs.decode(raw, true, CallArgs.STRING, CallArgs.STRING);
    Recording r = new Recording(ctx);
    Optional<CallResult> unauthorized = rules.requireCommissioner(r);
    if (unauthorized.isPresent()) {
      return unauthorized.get();
    }
    String gtin = args.string(0);
    String lotNumber = args.string(1);
    Checked<Word> lotId = InputRules.lotId(gtin, lotNumber);
    if (lotId instanceof Checked.Failed<Word> f) {
      return f.revert();
    }
    Optional<CallResult> notOwner = rules.requireGtinOwner(r, gtin);
    if (notOwner.isPresent()) {
      return notOwner.get();
    }
    Checked<EventContext> context = InputRules.context(args, 2, ctx.block());
    if (context instanceof Checked.Failed<EventContext> f) {
      return f.revert();
    }
    Optional<CallResult> wrongStep = InputRules.requireStep(value(context), BizStep.COMMISSIONING);
    if (wrongStep.isPresent()) {
      return wrongStep.get();
    }
    Word id = value(lotId);
    if (r.state.exists(id)) {
      return ProvenanceErrors.LOT_ALREADY_EXISTS.revert(bytes32(id));
    }
    r.state.createLot(id, LotKind.LOT, r.caller(), ctx.block().timestampSeconds(), gtin, lotNumber);
    long eventId =
        r.record(
            EpcisEventType.OBJECT_EVENT,
            EpcisAction.ADD.code(),
            ChainAddress.ZERO,
            Word.ZERO,
            List.of(id),
            List.of(),
            value(context));
    emitCommissioned(r, id, eventId, gtin, lotNumber);
    return CallResult.success(encode(bytes32(id), uint256(eventId)));
  }

  static CallResult recordObjectEvent(CallContext ctx, CalldataReader raw) {
    CallArgs args = CallArgs.decode(raw, true, CallArgs.BYTES32_ARRAY, CallArgs.UINT8);
    Recording r = new Recording(ctx);
    List<Word> lotIds = args.bytes32Array(0);
    int actionCode = args.uint8(1);
    Optional<EpcisAction> action = EpcisAction.fromCode(actionCode);
    if (action.isEmpty() || action.get() == EpcisAction.ADD) {
      return ProvenanceErrors.INVALID_ACTION.revert(new Uint8(actionCode));
    }
    Optional<CallResult> badList = InputRules.lotList(lotIds);
    if (badList.isPresent()) {
      return badList.get();
    }
    Checked<EventContext> context = InputRules.context(args, 2, ctx.block());
    if (context instanceof Checked.Failed<EventContext> f) {
      return f.revert();
    }
    if (value(context).bizStep() == BizStep.VOID_SHIPPING) {
      return CustodyHandlers.cancelShipment(r, lotIds, actionCode, value(context));
    }
    Optional<CallResult> reserved = InputRules.refuseCustodySteps(value(context));
    if (reserved.isPresent()) {
      return reserved.get();
    }
    Checked<List<Lot>> lots = r.allHeld(lotIds);
    if (lots instanceof Checked.Failed<List<Lot>> f) {
      return f.revert();
    }
    if (action.get() == EpcisAction.DELETE) {
      for (Lot lot : value(lots)) {
        if (lot.inContainer()) {
          return ProvenanceErrors.LOT_IN_CONTAINER.revert(
              bytes32(lot.lotId()), bytes32(lot.container()));
        }
      }
    }
    long eventId =
        r.record(
            EpcisEventType.OBJECT_EVENT,
            actionCode,
            ChainAddress.ZERO,
            Word.ZERO,
            lotIds,
            List.of(),
            value(context));
    if (action.get() == EpcisAction.DELETE) {
      value(lots).forEach(lot -> r.state.setStatus(lot, LotStatus.ENDED));
    }
    return CallResult.success(encode(uint256(eventId)));
  }

  static void emitCommissioned(
      Recording r, Word lotId, long eventId, String gtin, String lotNumber) {
    r.metered.emit(
        ProvenanceEvents.LOT_COMMISSIONED.topics(lotId, Word.of(r.caller()), Word.of(eventId)),
        ProvenanceEvents.LOT_COMMISSIONED.data(
            io.coterie.chaincode.abi.AbiValues.string(gtin),
            io.coterie.chaincode.abi.AbiValues.string(lotNumber)));
  }
}
