package io.coterie.chaincode.provenance;

import io.coterie.chaincode.abi.StorageSlots;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;

/**
 * Storage slots of the Provenance account {@code 0x…1004}, as the equivalent Solidity contract
 * would lay them out (values packed from the low-order end of a slot, strings and dynamic arrays as
 * Solidity stores them), so {@code eth_getStorageAt}/{@code eth_getProof} can verify any record:
 *
 * <pre>
 * slot 0: uint256 eventCount                       (event ids are 1..eventCount)
 * slot 1: mapping(bytes32 lotId => Lot) lots        L = keccak256(lotId . 1)
 *   L+0  address creator | uint8 kind | uint8 status | bool recalled | uint64 createdAt
 *   L+1  address custodian
 *   L+2  address inTransitTo                        (0: not in transit)
 *   L+3  bytes32 recallOrigin                       (the lot whose recall reached this one)
 *   L+4  string gtin (lots) or sscc (containers)
 *   L+5  string lotNumber                           (empty for containers)
 *   L+6  uint256[] eventIds                         (every event naming the lot, in order)
 *   L+7  bytes32[] sources                          (backward lineage: inputs, aggregated children)
 *   L+8  bytes32[] derived                          (forward lineage: outputs, containers)
 *   L+9  mapping(bytes32 => bool) isDerived         (dedupe of L+8)
 *   L+10 bytes32[] contents                         (current children of a container)
 *   L+11 mapping(bytes32 => uint256) contentPosition (index + 1 in L+10)
 *   L+12 bytes32 container                          (current parent of an aggregated lot)
 * slot 2: mapping(uint256 eventId => EpcisEvent) events   E = keccak256(eventId . 2)
 *   E+0  address recorder | uint8 eventType | uint8 action | uint8 bizStep | uint8 disposition
 *        | uint64 eventTime
 *   E+1  uint64 recordTime | uint64 blockNumber | uint64 readPointGln | uint64 bizLocationGln
 *   E+2  address counterparty | bool hasSensor | int32 minTempCentiC | int32 maxTempCentiC
 *   E+3  bytes32 documentHash
 *   E+4  string documentUri
 *   E+5  bytes32 parentId                           (AggregationEvent)
 *   E+6  bytes32[] lots                             (epcList / childEPCs / inputEPCList)
 *   E+7  bytes32[] outputs                          (outputEPCList)
 * slot 3: mapping(uint256 eventId => ErrorDeclaration)    D = keccak256(eventId . 3)
 *   D+0  address declarer | uint8 reason | uint64 declarationTime
 *   D+1  uint256[] correctiveEventIds
 * slot 4: mapping(uint256 eventId => Attestation[]) attestations   A = keccak256(eventId . 4)
 *   length at A; element i at keccak256(A) + 2i:  +0 address auditor | uint64 time, +1 bytes32 statementHash
 * </pre>
 */
public final class ProvenanceLayout {
  private ProvenanceLayout() {}

  /** The Provenance precompile's address. */
  public static final ChainAddress ADDRESS = ChainAddress.of(0x1004);

  public static final Word EVENT_COUNT_SLOT = Word.of(0);
  public static final Word LOTS_SLOT = Word.of(1);
  public static final Word EVENTS_SLOT = Word.of(2);
  public static final Word ERROR_DECLARATIONS_SLOT = Word.of(3);
  public static final Word ATTESTATIONS_SLOT = Word.of(4);

  static final int LOT_HEADER = 0;
  static final int LOT_CUSTODIAN = 1;
  static final int LOT_IN_TRANSIT_TO = 2;
  static final int LOT_RECALL_ORIGIN = 3;
  static final int LOT_GS1_KEY = 4;
  static final int LOT_NUMBER = 5;
  static final int LOT_EVENT_IDS = 6;
  static final int LOT_SOURCES = 7;
  static final int LOT_DERIVED = 8;
  static final int LOT_IS_DERIVED = 9;
  static final int LOT_CONTENTS = 10;
  static final int LOT_CONTENT_POSITION = 11;
  static final int LOT_CONTAINER = 12;

  static final int EVENT_HEADER = 0;
  static final int EVENT_TIMES = 1;
  static final int EVENT_PARTY_SENSOR = 2;
  static final int EVENT_DOCUMENT_HASH = 3;
  static final int EVENT_DOCUMENT_URI = 4;
  static final int EVENT_PARENT = 5;
  static final int EVENT_LOTS = 6;
  static final int EVENT_OUTPUTS = 7;

  /** Base slot of {@code lots[lotId]}. */
  public static Word lot(Word lotId) {
    return StorageSlots.mapping(LOTS_SLOT, lotId);
  }

  /** Field {@code field} of {@code lots[lotId]}. */
  public static Word lotField(Word lotId, int field) {
    return lot(lotId).plus(field);
  }

  static Word isDerived(Word lotId, Word derivedId) {
    return StorageSlots.mapping(lotField(lotId, LOT_IS_DERIVED), derivedId);
  }

  static Word contentPosition(Word containerId, Word childId) {
    return StorageSlots.mapping(lotField(containerId, LOT_CONTENT_POSITION), childId);
  }

  /** Base slot of {@code events[eventId]}. */
  public static Word event(long eventId) {
    return StorageSlots.mapping(EVENTS_SLOT, BigInteger.valueOf(eventId));
  }

  static Word eventField(long eventId, int field) {
    return event(eventId).plus(field);
  }

  /** Base slot of {@code errorDeclarations[eventId]}. */
  public static Word errorDeclaration(long eventId) {
    return StorageSlots.mapping(ERROR_DECLARATIONS_SLOT, BigInteger.valueOf(eventId));
  }

  /** Length slot of {@code attestations[eventId]}. */
  public static Word attestations(long eventId) {
    return StorageSlots.mapping(ATTESTATIONS_SLOT, BigInteger.valueOf(eventId));
  }

  static Word attestation(long eventId, long index) {
    return StorageSlots.arrayElement(attestations(eventId), BigInteger.valueOf(index), 2);
  }
}
