package io.coterie.chaincode.provenance;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.bytes32;
import static io.coterie.chaincode.abi.AbiValues.encode;
import static io.coterie.chaincode.abi.AbiValues.uint256;
import static io.coterie.chaincode.provenance.Recording.value;

import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Custody moves only by a shipment and its receipt: {@code shipLots} (TransactionEvent, bizStep
 * shipping, naming the receiver) puts lots in transit; {@code receiveLots} (bizStep receiving) by
 * that receiver makes it the custodian; a void_shipping ObjectEvent by the shipper cancels the
 * transit. A container carries its current contents along.
 */
final class CustodyHandlers {
  private CustodyHandlers() {}

  static final String SHIP_LOTS = "shipLots(bytes32[],address," + CallArgs.CONTEXT_SIGNATURE + ")";
  static final String RECEIVE_LOTS = "receiveLots(bytes32[]," + CallArgs.CONTEXT_SIGNATURE + ")";

  static CallResult shipLots(CallContext ctx, CalldataReader raw) {
    CallArgs args = CallArgs.decode(raw, true, CallArgs.BYTES32_ARRAY, CallArgs.ADDRESS);
    Recording r = new Recording(ctx);
    List<Word> lotIds = args.bytes32Array(0);
    ChainAddress receiver = args.address(1);
    Optional<CallResult> badList = InputRules.lotList(lotIds);
    if (badList.isPresent()) {
      return badList.get();
    }
    if (receiver.equals(ChainAddress.ZERO) || receiver.equals(r.caller())) {
      return ProvenanceErrors.INVALID_RECEIVER.revert(address(receiver));
    }
    Checked<EventContext> context = InputRules.context(args, 2, ctx.block());
    if (context instanceof Checked.Failed<EventContext> f) {
      return f.revert();
    }
    Optional<CallResult> wrongStep = InputRules.requireStep(value(context), BizStep.SHIPPING);
    if (wrongStep.isPresent()) {
      return wrongStep.get();
    }
    Checked<List<Lot>> lots = r.allHeld(lotIds);
    if (lots instanceof Checked.Failed<List<Lot>> f) {
      return f.revert();
    }
    for (Lot lot : value(lots)) {
      if (lot.inContainer()) {
        return ProvenanceErrors.LOT_IN_CONTAINER.revert(
            bytes32(lot.lotId()), bytes32(lot.container()));
      }
    }
    long eventId =
        r.record(
            EpcisEventType.TRANSACTION_EVENT,
            EpcisAction.ADD.code(),
            receiver,
            Word.ZERO,
            lotIds,
            List.of(),
            value(context));
    for (Word lotId : withContents(r, lotIds)) {
      r.state.setInTransitTo(lotId, receiver);
      r.metered.emit(
          ProvenanceEvents.LOT_SHIPPED.topics(lotId, Word.of(r.caller()), Word.of(receiver)),
          ProvenanceEvents.LOT_SHIPPED.data(uint256(eventId)));
    }
    return CallResult.success(encode(uint256(eventId)));
  }

  static CallResult receiveLots(CallContext ctx, CalldataReader raw) {
    CallArgs args = CallArgs.decode(raw, true, CallArgs.BYTES32_ARRAY);
    Recording r = new Recording(ctx);
    List<Word> lotIds = args.bytes32Array(0);
    Optional<CallResult> badList = InputRules.lotList(lotIds);
    if (badList.isPresent()) {
      return badList.get();
    }
    Checked<EventContext> context = InputRules.context(args, 1, ctx.block());
    if (context instanceof Checked.Failed<EventContext> f) {
      return f.revert();
    }
    Optional<CallResult> wrongStep = InputRules.requireStep(value(context), BizStep.RECEIVING);
    if (wrongStep.isPresent()) {
      return wrongStep.get();
    }
    List<Lot> lots = new ArrayList<>();
    for (Word lotId : lotIds) {
      Checked<Lot> checked = r.existing(lotId);
      if (checked instanceof Checked.Failed<Lot> f) {
        return f.revert();
      }
      Lot lot = value(checked);
      if (!lot.inTransit() || lot.inContainer()) {
        return ProvenanceErrors.LOT_NOT_IN_TRANSIT.revert(bytes32(lotId));
      }
      if (!lot.inTransitTo().equals(r.caller())) {
        return ProvenanceErrors.NOT_RECEIVER.revert(
            bytes32(lotId), address(r.caller()), address(lot.inTransitTo()));
      }
      lots.add(lot);
    }
    ChainAddress shipper = lots.get(0).custodian();
    boolean oneShipper = lots.stream().allMatch(l -> l.custodian().equals(shipper));
    long eventId =
        r.record(
            EpcisEventType.TRANSACTION_EVENT,
            EpcisAction.ADD.code(),
            oneShipper ? shipper : ChainAddress.ZERO,
            Word.ZERO,
            lotIds,
            List.of(),
            value(context));
    for (Lot lot : lots) {
      List<Word> moving = new ArrayList<>(List.of(lot.lotId()));
      moving.addAll(r.state.contents(lot.lotId()));
      for (Word lotId : moving) {
        r.state.setCustodian(lotId, r.caller());
        r.state.setInTransitTo(lotId, ChainAddress.ZERO);
        r.metered.emit(
            ProvenanceEvents.CUSTODY_TRANSFERRED.topics(
                lotId, Word.of(lot.custodian()), Word.of(r.caller())),
            ProvenanceEvents.CUSTODY_TRANSFERRED.data(uint256(eventId)));
      }
    }
    return CallResult.success(encode(uint256(eventId)));
  }

  /** A void_shipping ObjectEvent: the custodian takes back lots it shipped. */
  static CallResult cancelShipment(
      Recording r, List<Word> lotIds, int actionCode, EventContext context) {
    List<Lot> lots = new ArrayList<>();
    for (Word lotId : lotIds) {
      Checked<Lot> checked = r.existing(lotId);
      if (checked instanceof Checked.Failed<Lot> f) {
        return f.revert();
      }
      Lot lot = value(checked);
      if (!lot.custodian().equals(r.caller())) {
        return ProvenanceErrors.NOT_CUSTODIAN.revert(
            bytes32(lotId), address(r.caller()), address(lot.custodian()));
      }
      if (!lot.inTransit() || lot.inContainer()) {
        return ProvenanceErrors.LOT_NOT_IN_TRANSIT.revert(bytes32(lotId));
      }
      lots.add(lot);
    }
    long eventId =
        r.record(
            EpcisEventType.OBJECT_EVENT,
            actionCode,
            ChainAddress.ZERO,
            Word.ZERO,
            lotIds,
            List.of(),
            context);
    for (Lot lot : lots) {
      List<Word> moving = new ArrayList<>(List.of(lot.lotId()));
      moving.addAll(r.state.contents(lot.lotId()));
      for (Word lotId : moving) {
        r.state.setInTransitTo(lotId, ChainAddress.ZERO);
        r.metered.emit(
            ProvenanceEvents.SHIPMENT_CANCELLED.topics(
                lotId, Word.of(r.caller()), Word.of(lot.inTransitTo())),
            ProvenanceEvents.SHIPMENT_CANCELLED.data(uint256(eventId)));
      }
    }
    return CallResult.success(encode(uint256(eventId)));
  }

  private static List<Word> withContents(Recording r, List<Word> lotIds) {
    List<Word> all = new ArrayList<>();
    for (Word lotId : lotIds) {
      all.add(lotId);
      all.addAll(r.state.contents(lotId));
    }
    return all;
  }
}
