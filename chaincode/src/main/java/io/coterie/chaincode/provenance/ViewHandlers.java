package io.coterie.chaincode.provenance;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.addressArray;
import static io.coterie.chaincode.abi.AbiValues.bool;
import static io.coterie.chaincode.abi.AbiValues.bytes32;
import static io.coterie.chaincode.abi.AbiValues.encode;
import static io.coterie.chaincode.abi.AbiValues.string;
import static io.coterie.chaincode.abi.AbiValues.uint256;
import static io.coterie.chaincode.provenance.Recording.value;

import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Int32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;

/** The read-only functions. */
final class ViewHandlers {
  private ViewHandlers() {}

  static CallResult lotIdOf(CallContext ctx, CalldataReader raw) {
    CallArgs args = CallArgs.decode(raw, false, CallArgs.STRING, CallArgs.STRING);
    Checked<Word> id = InputRules.lotId(args.string(0), args.string(1));
    if (id instanceof Checked.Failed<Word> f) {
      return f.revert();
    }
    return CallResult.success(encode(bytes32(value(id))));
  }

  static CallResult containerIdOf(CallContext ctx, CalldataReader raw) {
    CallArgs args = CallArgs.decode(raw, false, CallArgs.STRING);
    Checked<Word> id = InputRules.containerId(args.string(0));
    if (id instanceof Checked.Failed<Word> f) {
      return f.revert();
    }
    return CallResult.success(encode(bytes32(value(id))));
  }

  static CallResult getLot(CallContext ctx, CalldataReader raw) {
    Recording r = new Recording(ctx);
    Checked<Lot> checked = r.existing(raw.bytes32(0));
    if (checked instanceof Checked.Failed<Lot> f) {
      return f.revert();
    }
    Lot lot = value(checked);
    return CallResult.success(
        encode(
            new Uint8(lot.kind().code()),
            new Uint8(lot.status().code()),
            address(lot.creator()),
            address(lot.custodian()),
            address(lot.inTransitTo()),
            bool(lot.recalled()),
            bytes32(lot.recallOrigin()),
            bytes32(lot.container()),
            string(r.state.gs1Key(lot.lotId())),
            string(r.state.lotNumber(lot.lotId()))));
  }

  static CallResult custodianOf(CallContext ctx, CalldataReader raw) {
    Checked<Lot> checked = new Recording(ctx).existing(raw.bytes32(0));
    if (checked instanceof Checked.Failed<Lot> f) {
      return f.revert();
    }
    return CallResult.success(encode(address(value(checked).custodian())));
  }

  static CallResult isRecalled(CallContext ctx, CalldataReader raw) {
    Recording r = new Recording(ctx);
    Word lotId = raw.bytes32(0);
    if (!r.state.exists(lotId)) {
      return ProvenanceErrors.UNKNOWN_LOT.revert(bytes32(lotId));
    }
    return CallResult.success(encode(bool(r.state.isRecalled(lotId))));
  }

  static CallResult eventCount(CallContext ctx, CalldataReader raw) {
    return CallResult.success(encode(uint256(new Recording(ctx).state.eventCount())));
  }

  static CallResult getEvent(CallContext ctx, CalldataReader raw) {
    Checked<EpcisEvent> checked = event(new Recording(ctx), raw.uint256(0));
    if (checked instanceof Checked.Failed<EpcisEvent> f) {
      return f.revert();
    }
    EpcisEvent e = value(checked);
    EventContext c = e.context();
    return CallResult.success(
        encode(
            new Uint8(e.type().code()),
            new Uint8(e.actionCode()),
            new Uint8(c.bizStep().code()),
            new Uint8(c.dispositionCode()),
            new Uint64(c.eventTime()),
            new Uint64(e.recordTime()),
            address(e.recorder()),
            address(e.counterparty()),
            bytes32(e.parentId()),
            words(e.lots()),
            words(e.outputs())));
  }

  static CallResult getEventDetails(CallContext ctx, CalldataReader raw) {
    Checked<EpcisEvent> checked = event(new Recording(ctx), raw.uint256(0));
    if (checked instanceof Checked.Failed<EpcisEvent> f) {
      return f.revert();
    }
    EpcisEvent e = value(checked);
    EventContext c = e.context();
    return CallResult.success(
        encode(
            string(c.readPoint().orElse("")),
            string(c.bizLocation().orElse("")),
            bool(c.hasSensor()),
            new Int32(c.minTempCentiC()),
            new Int32(c.maxTempCentiC()),
            bytes32(c.documentHash()),
            string(c.documentUri()),
            new Uint64(e.blockNumber())));
  }

  static CallResult lotEvents(CallContext ctx, CalldataReader raw) {
    Recording r = new Recording(ctx);
    Word lotId = raw.bytes32(0);
    if (!r.state.exists(lotId)) {
      return ProvenanceErrors.UNKNOWN_LOT.revert(bytes32(lotId));
    }
    List<Uint256> ids = r.state.lotEventIds(lotId).stream().map(id -> uint256(id)).toList();
    return CallResult.success(encode(new DynamicArray<>(Uint256.class, ids)));
  }

  static CallResult sourcesOf(CallContext ctx, CalldataReader raw) {
    Recording r = new Recording(ctx);
    return lineage(r, raw.bytes32(0), r.state::sources);
  }

  static CallResult derivedOf(CallContext ctx, CalldataReader raw) {
    Recording r = new Recording(ctx);
    return lineage(r, raw.bytes32(0), r.state::derived);
  }

  static CallResult contentsOf(CallContext ctx, CalldataReader raw) {
    Recording r = new Recording(ctx);
    return lineage(r, raw.bytes32(0), r.state::contents);
  }

  static CallResult getErrorDeclaration(CallContext ctx, CalldataReader raw) {
    Recording r = new Recording(ctx);
    BigInteger eventId = raw.uint256(0);
    Optional<CallResult> unknown = OversightHandlers.unknownEvent(r, eventId);
    if (unknown.isPresent()) {
      return unknown.get();
    }
    Optional<ErrorDeclaration> d = r.state.errorDeclaration(eventId.longValueExact());
    List<Uint256> corrective =
        d.map(x -> x.correctiveEventIds().stream().map(id -> uint256(id)).toList())
            .orElse(List.of());
    return CallResult.success(
        encode(
            bool(d.isPresent()),
            address(d.map(ErrorDeclaration::declarer).orElse(ChainAddress.ZERO)),
            new Uint8(d.map(x -> x.reason().code()).orElse(0)),
            new Uint64(d.map(ErrorDeclaration::declarationTime).orElse(0L)),
            new DynamicArray<>(Uint256.class, corrective)));
  }

  static CallResult getAttestations(CallContext ctx, CalldataReader raw) {
    Recording r = new Recording(ctx);
    BigInteger eventId = raw.uint256(0);
    Optional<CallResult> unknown = OversightHandlers.unknownEvent(r, eventId);
    if (unknown.isPresent()) {
      return unknown.get();
    }
    List<Attestation> all = r.state.attestations(eventId.longValueExact());
    return CallResult.success(
        encode(
            addressArray(all.stream().map(Attestation::auditor).toList()),
            new DynamicArray<>(Uint64.class, all.stream().map(a -> new Uint64(a.time())).toList()),
            words(all.stream().map(Attestation::statementHash).toList())));
  }

  static CallResult bizStepUrn(CallContext ctx, CalldataReader raw) {
    CallArgs args = CallArgs.decode(raw, false, CallArgs.UINT8);
    int code = args.uint8(0);
    return BizStep.fromCode(code)
        .map(s -> CallResult.success(encode(string(s.urn()))))
        .orElseGet(() -> ProvenanceErrors.INVALID_BIZ_STEP.revert(new Uint8(code)));
  }

  static CallResult dispositionUrn(CallContext ctx, CalldataReader raw) {
    CallArgs args = CallArgs.decode(raw, false, CallArgs.UINT8);
    int code = args.uint8(0);
    return Disposition.fromCode(code)
        .map(d -> CallResult.success(encode(string(d.urn()))))
        .orElseGet(() -> ProvenanceErrors.INVALID_DISPOSITION.revert(new Uint8(code)));
  }

  private static Checked<EpcisEvent> event(Recording r, BigInteger eventId) {
    Optional<CallResult> unknown = OversightHandlers.unknownEvent(r, eventId);
    if (unknown.isPresent()) {
      return Checked.failed(unknown.get());
    }
    return Checked.ok(r.state.event(eventId.longValueExact()).orElseThrow());
  }

  private static CallResult lineage(
      Recording r, Word lotId, java.util.function.Function<Word, List<Word>> edges) {
    if (!r.state.exists(lotId)) {
      return ProvenanceErrors.UNKNOWN_LOT.revert(bytes32(lotId));
    }
    return CallResult.success(encode(words(edges.apply(lotId))));
  }

  private static DynamicArray<Bytes32> words(List<Word> words) {
    return new DynamicArray<>(Bytes32.class, words.stream().map(w -> bytes32(w)).toList());
  }
}
