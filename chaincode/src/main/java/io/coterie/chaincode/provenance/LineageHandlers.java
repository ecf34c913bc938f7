package io.coterie.chaincode.provenance;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint8;

/**
 * AggregationEvents (children into or out of a container) and TransformationEvents (inputs into new
 * output lots): the calls that add lineage edges, along which recalls travel forward.
 */
final class LineageHandlers {
  private LineageHandlers() {}

  static final String AGGREGATE =
      "aggregate(string,bytes32[],uint8," + CallArgs.CONTEXT_SIGNATURE + ")";
  static final String TRANSFORM =
      "transform(bytes32[],string[],string[]," + CallArgs.CONTEXT_SIGNATURE + ")";

  static CallResult aggregate(CallContext ctx, CalldataReader raw) {
    CallArgs args =
        CallArgs.decode(raw, true, CallArgs.STRING, CallArgs.BYTES32_ARRAY, CallArgs.UINT8);
    Recording r = new Recording(ctx);
    String sscc = args.string(0);
    List<Word> children = args.bytes32Array(1);
    int actionCode = args.uint8(2);
    Optional<EpcisAction> action = EpcisAction.fromCode(actionCode);
    if (action.isEmpty()) {
      return ProvenanceErrors.INVALID_ACTION.revert(new Uint8(actionCode));
    }
    Checked<Word> parentChecked = InputRules.containerId(sscc);
    if (parentChecked instanceof Checked.Failed<Word> f) {
      return f.revert();
    }
    Word parentId = value(parentChecked);
    Optional<CallResult> badList = InputRules.lotList(children);
    if (badList.isPresent()) {
      return badList.get();
    }
    Checked<EventContext> context = InputRules.context(args, 3, ctx.block());
    if (context instanceof Checked.Failed<EventContext> f) {
      return f.revert();
    }
    Optional<CallResult> reserved = InputRules.refuseCustodySteps(value(context));
    if (reserved.isPresent()) {
      return reserved.get();
    }
    boolean createParent = action.get() == EpcisAction.ADD && !r.state.exists(parentId);
    if (!createParent) {
      Checked<Lot> parent = r.held(parentId);
      if (parent instanceof Checked.Failed<Lot> f) {
        return f.revert();
      }
      if (value(parent).kind() != LotKind.CONTAINER) {
        return ProvenanceErrors.NOT_A_CONTAINER.revert(bytes32(parentId));
      }
    }
    Checked<List<Lot>> lots = r.allHeld(children);
    if (lots instanceof Checked.Failed<List<Lot>> f) {
      return f.revert();
    }
    Optional<CallResult> refused =
        switch (action.get()) {
          case ADD -> checkAdd(r, parentId, value(lots), createParent);
          case OBSERVE, DELETE -> checkInside(parentId, value(lots));
        };
    if (refused.isPresent()) {
      return refused.get();
    }
    if (createParent) {
      r.state.createLot(
          parentId, LotKind.CONTAINER, r.caller(), ctx.block().timestampSeconds(), sscc, "");
    }
    long eventId =
        r.record(
            EpcisEventType.AGGREGATION_EVENT,
            actionCode,
            ChainAddress.ZERO,
            parentId,
            children,
            List.of(),
            value(context));
    if (createParent) {
      r.metered.emit(
          ProvenanceEvents.CONTAINER_CREATED.topics(
              parentId, Word.of(r.caller()), Word.of(eventId)),
          ProvenanceEvents.CONTAINER_CREATED.data(string(sscc)));
    }
    for (Word child : children) {
      switch (action.get()) {
        case ADD -> {
          r.state.addContent(parentId, child);
          r.state.link(child, parentId);
        }
        case DELETE -> r.state.removeContent(parentId, child);
        case OBSERVE -> {}
      }
    }
    return CallResult.success(encode(bytes32(parentId), uint256(eventId)));
  }

  private static Optional<CallResult> checkAdd(
      Recording r, Word parentId, List<Lot> children, boolean newParent) {
    for (Lot child : children) {
      if (child.kind() != LotKind.LOT) {
        return Optional.of(ProvenanceErrors.NOT_A_LOT.revert(bytes32(child.lotId())));
      }
      if (child.recalled()) {
        return Optional.of(ProvenanceErrors.LOT_IS_RECALLED.revert(bytes32(child.lotId())));
      }
      if (child.inContainer()) {
        return Optional.of(
            ProvenanceErrors.LOT_IN_CONTAINER.revert(
                bytes32(child.lotId()), bytes32(child.container())));
      }
    }
    long count = newParent ? 0 : r.state.contentCount(parentId);
    if (count + children.size() > InputRules.MAX_CONTAINER_CONTENTS) {
      return Optional.of(
          ProvenanceErrors.CONTAINER_FULL.revert(
              bytes32(parentId), uint256(InputRules.MAX_CONTAINER_CONTENTS)));
    }
    return Optional.empty();
  }

  private static Optional<CallResult> checkInside(Word parentId, List<Lot> children) {
    for (Lot child : children) {
      if (!child.container().equals(parentId)) {
        return Optional.of(
            ProvenanceErrors.NOT_IN_CONTAINER.revert(bytes32(child.lotId()), bytes32(parentId)));
      }
    }
    return Optional.empty();
  }

  static CallResult transform(CallContext ctx, CalldataReader raw, LotCreationRules rules) {
    CallArgs args =
        CallArgs.decode(
            raw, true, CallArgs.BYTES32_ARRAY, CallArgs.STRING_ARRAY, CallArgs.STRING_ARRAY);
    Recording r = new Recording(ctx);
    List<Word> inputs = args.bytes32Array(0);
    List<String> gtins = args.stringArray(1);
    List<String> lotNumbers = args.stringArray(2);
    Optional<CallResult> badList = InputRules.lotList(inputs);
    if (badList.isPresent()) {
      return badList.get();
    }
    if (gtins.size() != lotNumbers.size()) {
      return ProvenanceErrors.LOT_COUNT_OUT_OF_RANGE.revert(
          uint256(lotNumbers.size()), uint256(gtins.size()));
    }
    List<Word> outputs = new ArrayList<>();
    for (int i = 0; i < gtins.size(); i++) {
      Checked<Word> id = InputRules.lotId(gtins.get(i), lotNumbers.get(i));
      if (id instanceof Checked.Failed<Word> f) {
        return f.revert();
      }
      outputs.add(value(id));
    }
    Optional<CallResult> badOutputs = InputRules.lotList(outputs);
    if (badOutputs.isPresent()) {
      return badOutputs.get();
    }
    for (String gtin : gtins) {
      Optional<CallResult> notOwner = rules.requireGtinOwner(r, gtin);
      if (notOwner.isPresent()) {
        return notOwner.get();
      }
    }
    Checked<EventContext> context = InputRules.context(args, 3, ctx.block());
    if (context instanceof Checked.Failed<EventContext> f) {
      return f.revert();
    }
    Optional<CallResult> reserved = InputRules.refuseCustodySteps(value(context));
    if (reserved.isPresent()) {
      return reserved.get();
    }
    Checked<List<Lot>> lots = r.allHeld(inputs);
    if (lots instanceof Checked.Failed<List<Lot>> f) {
      return f.revert();
    }
    for (Lot input : value(lots)) {
      if (input.kind() != LotKind.LOT) {
        return ProvenanceErrors.NOT_A_LOT.revert(bytes32(input.lotId()));
      }
      if (input.recalled()) {
        return ProvenanceErrors.LOT_IS_RECALLED.revert(bytes32(input.lotId()));
      }
      if (input.inContainer()) {
        return ProvenanceErrors.LOT_IN_CONTAINER.revert(
            bytes32(input.lotId()), bytes32(input.container()));
      }
    }
    TreeSet<Word> inputSet = new TreeSet<>(inputs);
    for (Word output : outputs) {
      if (inputSet.contains(output) || r.state.exists(output)) {
        return ProvenanceErrors.LOT_ALREADY_EXISTS.revert(bytes32(output));
      }
    }
    long createdAt = ctx.block().timestampSeconds();
    for (int i = 0; i < outputs.size(); i++) {
      r.state.createLot(
          outputs.get(i), LotKind.LOT, r.caller(), createdAt, gtins.get(i), lotNumbers.get(i));
    }
    long eventId =
        r.record(
            EpcisEventType.TRANSFORMATION_EVENT,
            0,
            ChainAddress.ZERO,
            Word.ZERO,
            inputs,
            outputs,
            value(context));
    for (int i = 0; i < outputs.size(); i++) {
      LotHandlers.emitCommissioned(r, outputs.get(i), eventId, gtins.get(i), lotNumbers.get(i));
      for (Word input : inputs) {
        r.state.link(input, outputs.get(i));
      }
    }
    return CallResult.success(
        encode(
            new DynamicArray<>(Bytes32.class, outputs.stream().map(w -> bytes32(w)).toList()),
            uint256(eventId)));
  }
}
