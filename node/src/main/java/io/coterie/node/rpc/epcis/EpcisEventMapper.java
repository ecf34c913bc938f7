package io.coterie.node.rpc.epcis;

import io.coterie.chaincode.provenance.BizStep;
import io.coterie.chaincode.provenance.Gs1;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint8;

/**
 * Maps one EPCIS 2.0 event onto the Provenance precompile call that records it:
 *
 * <ul>
 *   <li>ObjectEvent ADD with bizStep commissioning and one lot: {@code commissionLot};
 *       OBSERVE/DELETE: {@code recordObjectEvent};
 *   <li>AggregationEvent (parentID an SSCC): {@code aggregate};
 *   <li>TransformationEvent: {@code transform} (outputs are new lots);
 *   <li>TransactionEvent ADD, shipping with one owning/possessing-party destination {@code
 *       did:ethr:0x…}: {@code shipLots}; receiving: {@code receiveLots}.
 * </ul>
 *
 * Lots come from the EPC lists and from quantity lists without quantities (the chain records lots,
 * not amounts). Any field the precompile cannot keep is refused with its pointer.
 */
final class EpcisEventMapper {
  static final String SIGNED_TRANSACTION = "coterie:signedTransaction";
  private static final List<String> COMMON =
      List.of(
          "type",
          "eventID",
          "eventTime",
          "eventTimeZoneOffset",
          "recordTime",
          "action",
          "bizStep",
          "disposition",
          "readPoint",
          "bizLocation",
          "sensorElementList",
          "bizTransactionList",
          "coterie:document",
          SIGNED_TRANSACTION);

  private EpcisEventMapper() {}

  static ProvenanceCall map(EventFields event) {
    String type = event.requiredText("type");
    return switch (type) {
      case "ObjectEvent" -> objectEvent(event);
      case "AggregationEvent" -> aggregationEvent(event);
      case "TransformationEvent" -> transformationEvent(event);
      case "TransactionEvent" -> transactionEvent(event);
      default ->
          throw EpcisRefusal.at(
              event.pointer("type"),
              "'"
                  + type
                  + "' events cannot be recorded on this chain; send ObjectEvent,"
                  + " AggregationEvent, TransformationEvent or TransactionEvent");
    };
  }

  private static ProvenanceCall objectEvent(EventFields event) {
    event.allowOnly(allowed("epcList", "quantityList"), "an ObjectEvent");
    List<EpcIdentifiers.LotKey> lots = lots(event, "epcList", "quantityList");
    String action = action(event);
    BizStep step = EventContextArgs.bizStep(event);
    if (action.equals("ADD")) {
      if (step != BizStep.COMMISSIONING) {
        throw EpcisRefusal.at(
            event.pointer("bizStep"),
            "an ObjectEvent ADD creates a lot, so its bizStep is commissioning; record other"
                + " steps of existing lots with OBSERVE");
      }
      if (lots.size() != 1) {
        throw EpcisRefusal.at(
            event.pointer("epcList"),
            "commission one lot per ObjectEvent ADD (this one names " + lots.size() + ")");
      }
      EpcIdentifiers.LotKey lot = lots.get(0);
      return call(
          event,
          "commissionLot",
          "commission " + lot.gtin() + "/" + lot.lot(),
          Stream.of(new Utf8String(lot.gtin()), new Utf8String(lot.lot())),
          step);
    }
    return call(
        event,
        "recordObjectEvent",
        action.toLowerCase(Locale.ROOT) + " " + describe(lots),
        Stream.of(lotIds(lots), new Uint8(actionCode(action))),
        step);
  }

  private static ProvenanceCall aggregationEvent(EventFields event) {
    event.allowOnly(allowed("parentID", "childEPCs", "childQuantityList"), "an AggregationEvent");
    String sscc = EpcIdentifiers.sscc(event.requiredText("parentID"), event.pointer("parentID"));
    List<EpcIdentifiers.LotKey> lots = lots(event, "childEPCs", "childQuantityList");
    String action = action(event);
    return call(
        event,
        "aggregate",
        action.toLowerCase(Locale.ROOT) + " " + describe(lots) + " in SSCC " + sscc,
        Stream.of(new Utf8String(sscc), lotIds(lots), new Uint8(actionCode(action))),
        EventContextArgs.bizStep(event));
  }

  private static ProvenanceCall transformationEvent(EventFields event) {
    event.allowOnly(
        allowed("inputEPCList", "inputQuantityList", "outputEPCList", "outputQuantityList"),
        "a TransformationEvent");
    if (event.node("action").isPresent()) {
      throw EpcisRefusal.at(event.pointer("action"), "a TransformationEvent has no action");
    }
    List<EpcIdentifiers.LotKey> inputs = lots(event, "inputEPCList", "inputQuantityList");
    List<EpcIdentifiers.LotKey> outputs = lots(event, "outputEPCList", "outputQuantityList");
    if (outputs.isEmpty()) {
      throw EpcisRefusal.at(
          event.pointer("outputEPCList"),
          "a TransformationEvent on this chain makes new lots: name them in outputEPCList or"
              + " outputQuantityList");
    }
    return call(
        event,
        "transform",
        "transform " + describe(inputs) + " into " + describe(outputs),
        Stream.of(
            lotIds(inputs),
            strings(outputs.stream().map(EpcIdentifiers.LotKey::gtin).toList()),
            strings(outputs.stream().map(EpcIdentifiers.LotKey::lot).toList())),
        EventContextArgs.bizStep(event));
  }

  private static ProvenanceCall transactionEvent(EventFields event) {
    event.allowOnly(allowed("epcList", "quantityList", "destinationList"), "a TransactionEvent");
    if (event.node("bizTransactionList").isEmpty()) {
      throw EpcisRefusal.at(
          event.pointer("bizTransactionList"),
          "a TransactionEvent names its business transaction (EPCIS 2.0 requires"
              + " bizTransactionList), such as the despatch advice of a shipping");
    }
    List<EpcIdentifiers.LotKey> lots = lots(event, "epcList", "quantityList");
    String action = action(event);
    BizStep step = EventContextArgs.bizStep(event);
    if (!action.equals("ADD") || (step != BizStep.SHIPPING && step != BizStep.RECEIVING)) {
      throw EpcisRefusal.at(
          event.pointer(action.equals("ADD") ? "bizStep" : "action"),
          "the chain records TransactionEvents that ship (ADD, bizStep shipping) or receive (ADD,"
              + " bizStep receiving) lots");
    }
    if (step == BizStep.RECEIVING) {
      if (event.node("destinationList").isPresent()) {
        throw EpcisRefusal.at(
            event.pointer("destinationList"),
            "a receiving records the caller as the new custodian; leave destinationList out");
      }
      return call(event, "receiveLots", "receive " + describe(lots), Stream.of(lotIds(lots)), step);
    }
    Address receiver = Receivers.receiver(event);
    return call(
        event,
        "shipLots",
        "ship " + describe(lots) + " to " + receiver.toHex(),
        Stream.of(lotIds(lots), new org.web3j.abi.datatypes.Address(receiver.toHex())),
        step);
  }

  private static List<String> allowed(String... specific) {
    List<String> names = new ArrayList<>(COMMON);
    names.addAll(List.of(specific));
    return names;
  }

  private static String action(EventFields event) {
    String action = event.requiredText("action");
    if (!Set.of("ADD", "OBSERVE", "DELETE").contains(action)) {
      throw EpcisRefusal.at(event.pointer("action"), "action is ADD, OBSERVE or DELETE");
    }
    return action;
  }

  private static int actionCode(String action) {
    return switch (action) {
      case "ADD" -> 1;
      case "OBSERVE" -> 2;
      default -> 3;
    };
  }

  /** Lots of an EPC list and a quantity list (epcClass only), in order, each once. */
  private static List<EpcIdentifiers.LotKey> lots(
      EventFields event, String epcList, String quantityList) {
    Set<EpcIdentifiers.LotKey> lots = new LinkedHashSet<>();
    for (EventFields.Element epc : event.array(epcList)) {
      add(lots, EpcIdentifiers.lot(epc.text(), epc.pointer()), epc.pointer());
    }
    for (EventFields.Element item : event.array(quantityList)) {
      EventFields quantity = item.object();
      quantity.allowOnly(
          List.of("epcClass"),
          "a quantity element (the chain records lots, not amounts: quantity and uom stay off"
              + " chain)");
      add(
          lots,
          EpcIdentifiers.lot(quantity.requiredText("epcClass"), quantity.pointer("epcClass")),
          quantity.pointer("epcClass"));
    }
    return List.copyOf(lots);
  }

  private static void add(
      Set<EpcIdentifiers.LotKey> lots, EpcIdentifiers.LotKey lot, String pointer) {
    if (!lots.add(lot)) {
      throw EpcisRefusal.at(pointer, "lot " + lot.gtin() + "/" + lot.lot() + " is named twice");
    }
  }

  private static DynamicArray<Bytes32> lotIds(List<EpcIdentifiers.LotKey> lots) {
    return new DynamicArray<>(
        Bytes32.class,
        lots.stream().map(l -> new Bytes32(Gs1.lotId(l.gtin(), l.lot()).bytes())).toList());
  }

  private static DynamicArray<Utf8String> strings(List<String> values) {
    return new DynamicArray<>(Utf8String.class, values.stream().map(Utf8String::new).toList());
  }

  private static String describe(List<EpcIdentifiers.LotKey> lots) {
    return lots.isEmpty()
        ? "no lots"
        : String.join(", ", lots.stream().map(l -> l.gtin() + "/" + l.lot()).toList());
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static ProvenanceCall call(
      EventFields event, String function, String summary, Stream<Type> head, BizStep step) {
    List<Type> inputs = new ArrayList<>(head.toList());
    inputs.addAll(EventContextArgs.of(event, step));
    String hex = FunctionEncoder.encode(new Function(function, (List) inputs, List.of()));
    return new ProvenanceCall(event.pointer(), function, summary, Bytes.fromHex(hex));
  }
}
