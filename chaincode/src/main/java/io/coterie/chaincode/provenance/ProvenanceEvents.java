package io.coterie.chaincode.provenance;

import io.coterie.chaincode.abi.SolidityEvent;
import java.util.List;

/** Solidity events of the Provenance precompile (indexed arguments listed first). */
public final class ProvenanceEvents {
  private ProvenanceEvents() {}

  /**
   * {@code LotCommissioned(bytes32 indexed lotId, address indexed creator, uint256 indexed eventId,
   * string gtin, string lotNumber)}: by {@code commissionLot} and for each transformation output.
   */
  public static final SolidityEvent LOT_COMMISSIONED =
      new SolidityEvent("LotCommissioned(bytes32,address,uint256,string,string)");

  /**
   * {@code ContainerCreated(bytes32 indexed containerId, address indexed creator, uint256 indexed
   * eventId, string sscc)}: the first AggregationEvent ADD into a new parent.
   */
  public static final SolidityEvent CONTAINER_CREATED =
      new SolidityEvent("ContainerCreated(bytes32,address,uint256,string)");

  /**
   * {@code EpcisEventRecorded(uint256 indexed eventId, bytes32 indexed lotId, uint8 indexed
   * eventType, uint8 action, uint8 bizStep, uint8 disposition, uint64 eventTime, address
   * recorder)}: once per lot the event names (parent, children, inputs and outputs included).
   */
  public static final SolidityEvent EPCIS_EVENT_RECORDED =
      new SolidityEvent(
          "EpcisEventRecorded(uint256,bytes32,uint8,uint8,uint8,uint8,uint64,address)");

  /**
   * {@code LotShipped(bytes32 indexed lotId, address indexed from, address indexed to, uint256
   * eventId)}.
   */
  public static final SolidityEvent LOT_SHIPPED =
      new SolidityEvent("LotShipped(bytes32,address,address,uint256)");

  /**
   * {@code ShipmentCancelled(bytes32 indexed lotId, address indexed custodian, address indexed
   * receiver, uint256 eventId)}: a void_shipping ObjectEvent.
   */
  public static final SolidityEvent SHIPMENT_CANCELLED =
      new SolidityEvent("ShipmentCancelled(bytes32,address,address,uint256)");

  /**
   * {@code CustodyTransferred(bytes32 indexed lotId, address indexed from, address indexed to,
   * uint256 eventId)}.
   */
  public static final SolidityEvent CUSTODY_TRANSFERRED =
      new SolidityEvent("CustodyTransferred(bytes32,address,address,uint256)");

  /**
   * {@code LotRecalled(bytes32 indexed lotId, bytes32 indexed originLotId, address indexed by,
   * bytes32 reasonHash)}: once for the recalled lot and once per descendant reached.
   */
  public static final SolidityEvent LOT_RECALLED =
      new SolidityEvent("LotRecalled(bytes32,bytes32,address,bytes32)");

  /**
   * {@code ErrorDeclared(uint256 indexed eventId, address indexed declarer, uint8 reason, uint256[]
   * correctiveEventIds)}.
   */
  public static final SolidityEvent ERROR_DECLARED =
      new SolidityEvent("ErrorDeclared(uint256,address,uint8,uint256[])");

  /** {@code Attested(uint256 indexed eventId, address indexed auditor, bytes32 statementHash)}. */
  public static final SolidityEvent ATTESTED =
      new SolidityEvent("Attested(uint256,address,bytes32)");

  public static final List<SolidityEvent> ALL =
      List.of(
          LOT_COMMISSIONED,
          CONTAINER_CREATED,
          EPCIS_EVENT_RECORDED,
          LOT_SHIPPED,
          SHIPMENT_CANCELLED,
          CUSTODY_TRANSFERRED,
          LOT_RECALLED,
          ERROR_DECLARED,
          ATTESTED);
}
