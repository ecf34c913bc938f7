// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.20;

/// @title Coterie Provenance precompile (GS1 EPCIS 2.0 / CBV 2.0)
/// @notice Built into every Coterie node at 0x0000000000000000000000000000000000001004. Lots are
/// GTIN-14 + batch/lot (containers: SSCC); ObjectEvent, AggregationEvent, TransformationEvent and
/// TransactionEvent records carry CBV 2.0 business steps and dispositions, GLN read point and
/// business location, event time, an optional temperature summary and a document hash + URI.
/// Only the custodian records events on a lot; custody moves by shipLots + receiveLots. Recalls
/// flow forward along transformations and aggregations. Corrections are error declarations.
/// Versions (a chain activates version 2 at a height of its genesis, config.coterie.transitions):
/// version 1 lets any FARM_ROLE holder commission any GTIN and any holder of a transformation's
/// inputs name any output GTIN; version 2 creates a lot (commissionLot, by a FARM_ROLE or BRAND_ROLE
/// holder, and each transform output) only under a GTIN that the GTIN registry (IGtinRegistry,
/// 0x…1009) gives the caller, reverting GtinNotRegistered or GtinOwnedByOther otherwise. The ABI is
/// the same; version 2 adds 2100 gas per registry read (1 for an exact GTIN binding, up to 8).
/// @dev bizStep codes (urn:epcglobal:cbv:bizstep:<name>; 0 invalid):
///   1=accepting 2=arriving 3=assembling 4=collecting 5=commissioning 6=consigning
///   7=creating_class_instance 8=cycle_counting 9=decommissioning 10=departing 11=destroying
///   12=disassembling 13=dispensing 14=encoding 15=entering_exiting 16=holding 17=inspecting
///   18=installing 19=killing 20=loading 21=other 22=packing 23=picking 24=receiving 25=removing
///   26=repackaging 27=repairing 28=replacing 29=reserving 30=retail_selling 31=sampling
///   32=sensor_reporting 33=shipping 34=staging_outbound 35=stock_taking 36=stocking 37=storing
///   38=transporting 39=unloading 40=unpacking 41=void_shipping
/// disposition codes (urn:epcglobal:cbv:disp:<name>; 0 = none):
///   1=active 2=available 3=completeness_verified 4=completeness_inferred 5=conformant
///   6=container_closed 7=container_open 8=damaged 9=destroyed 10=dispensed 11=disposed 12=encoded
///   13=expired 14=in_progress 15=in_transit 16=inactive 17=mismatch_instance 18=mismatch_class
///   19=mismatch_quantity 20=needs_replacement 21=no_pedigree_match 22=non_conformant
///   23=non_sellable_other 24=partially_dispensed 25=recalled 26=reserved 27=retail_sold
///   28=returned 29=sellable_accessible 30=sellable_not_accessible 31=stolen 32=unavailable
///   33=unknown
/// Storage layout of account 0x…1004 (Solidity rules; small fields packed from the low end):
///   slot 0: uint256 eventCount
///   slot 1: mapping(bytes32 lotId => Lot), L = keccak256(lotId . 1):
///     L+0 address creator | uint8 kind | uint8 status | bool recalled | uint64 createdAt
///     L+1 custodian, L+2 inTransitTo, L+3 bytes32 recallOrigin, L+4 string gtin|sscc,
///     L+5 string lotNumber, L+6 uint256[] eventIds, L+7 bytes32[] sources, L+8 bytes32[] derived,
///     L+9 mapping(bytes32 => bool) isDerived, L+10 bytes32[] contents,
///     L+11 mapping(bytes32 => uint256) contentPosition (index + 1), L+12 bytes32 container
///   slot 2: mapping(uint256 eventId => Event), E = keccak256(eventId . 2):
///     E+0 address recorder | uint8 eventType | uint8 action | uint8 bizStep | uint8 disposition
///         | uint64 eventTime
///     E+1 uint64 recordTime | uint64 blockNumber | uint64 readPointGln | uint64 bizLocationGln
///     E+2 address counterparty | bool hasSensor | int32 minTempCentiC | int32 maxTempCentiC
///     E+3 bytes32 documentHash, E+4 string documentUri, E+5 bytes32 parentId,
///     E+6 bytes32[] lots, E+7 bytes32[] outputs
///   slot 3: mapping(uint256 eventId => ErrorDeclaration), D = keccak256(eventId . 3):
///     D+0 address declarer | uint8 reason | uint64 declarationTime; D+1 uint256[] corrective ids
///   slot 4: mapping(uint256 eventId => Attestation[]), A = keccak256(eventId . 4): length at A,
///     element i at keccak256(A) + 2i: (address auditor | uint64 time), bytes32 statementHash
/// Gas (deterministic): every call costs 2000 + 16 per calldata byte, plus 2100 per storage read
/// (roles checks read the Roles account), 20000 per write of a zero slot, 5000 per write changing
/// a non-zero slot, 100 per unchanged write, and 375 + 375 per topic + 8 per data byte per event.
/// A recording call therefore grows with the lots it names (about 5 reads per lot checked, one
/// history push and one EpcisEventRecorded per lot) and a recall with the descendants it reaches.
/// Errors shared by all Coterie precompiles: UnknownSelector, MalformedCalldata, NotPayable,
/// WriteInStaticCall. No function accepts value.
interface IProvenance {
    event LotCommissioned(bytes32 indexed lotId, address indexed creator, uint256 indexed eventId, string gtin, string lotNumber);
    event ContainerCreated(bytes32 indexed containerId, address indexed creator, uint256 indexed eventId, string sscc);
    event EpcisEventRecorded(uint256 indexed eventId, bytes32 indexed lotId, uint8 indexed eventType, uint8 action, uint8 bizStep, uint8 disposition, uint64 eventTime, address recorder);
    event LotShipped(bytes32 indexed lotId, address indexed from, address indexed to, uint256 eventId);
    event ShipmentCancelled(bytes32 indexed lotId, address indexed custodian, address indexed receiver, uint256 eventId);
    event CustodyTransferred(bytes32 indexed lotId, address indexed from, address indexed to, uint256 eventId);
    event LotRecalled(bytes32 indexed lotId, bytes32 indexed originLotId, address indexed by, bytes32 reasonHash);
    event ErrorDeclared(uint256 indexed eventId, address indexed declarer, uint8 reason, uint256[] correctiveEventIds);
    event Attested(uint256 indexed eventId, address indexed auditor, bytes32 statementHash);

    error AccessControlUnauthorizedAccount(address account, bytes32 neededRole);
    error UnknownLot(bytes32 lotId);
    error LotAlreadyExists(bytes32 lotId);
    error NotCustodian(bytes32 lotId, address caller, address custodian);
    error LotInTransit(bytes32 lotId, address receiver);
    error LotNotInTransit(bytes32 lotId);
    error NotReceiver(bytes32 lotId, address caller, address receiver);
    error LotNotActive(bytes32 lotId);
    error LotInContainer(bytes32 lotId, bytes32 containerId);
    error NotInContainer(bytes32 lotId, bytes32 containerId);
    error NotALot(bytes32 id);
    error NotAContainer(bytes32 id);
    error ContainerFull(bytes32 containerId, uint256 maxContents);
    error LotIsRecalled(bytes32 lotId);
    error LotAlreadyRecalled(bytes32 lotId);
    error NotAllowedToRecall(bytes32 lotId, address caller);
    error InvalidGtin(string gtin);
    error InvalidLotNumber(string lotNumber);
    error InvalidGln(string gln);
    error InvalidSscc(string sscc);
    error InvalidBizStep(uint8 bizStep);
    error InvalidDisposition(uint8 disposition);
    error InvalidAction(uint8 action);
    error WrongBizStep(uint8 given, uint8 required);
    error ReservedBizStep(uint8 bizStep);
    error InvalidEventTime(uint64 eventTime, uint64 blockTimestamp);
    error InvalidSensorRange(int32 minTempCentiC, int32 maxTempCentiC);
    error DocumentUriTooLong(uint256 length, uint256 maxLength);
    error LotCountOutOfRange(uint256 count, uint256 max);
    error DuplicateLot(bytes32 lotId);
    error InvalidReceiver(address receiver);
    error UnknownEvent(uint256 eventId);
    error InvalidErrorReason(uint8 reason);
    error EventAlreadyDeclaredErroneous(uint256 eventId);
    error NotAllowedToDeclareError(uint256 eventId, address caller);
    error InvalidCorrectiveEvent(uint256 eventId);
    /// @notice Version 2: no binding of the GTIN registry (0x…1009) covers `gtin`; ask an
    /// administrator or the DAO to register your GS1 company prefix, or this GTIN, to you
    /// (IGtinRegistry.registerPrefix / registerGtin).
    error GtinNotRegistered(string gtin);
    /// @notice Version 2: `gtin` falls under `key` (a company prefix or the GTIN itself), which the
    /// GTIN registry binds to `owner`, not to `caller`; ask `owner` to move the binding to you
    /// (transferBinding) or an administrator to register this GTIN to you (registerGtin).
    error GtinOwnedByOther(string gtin, string key, address owner, address caller);
    error UnknownSelector(bytes4 selector);
    error MalformedCalldata();
    error NotPayable(uint256 value);
    error WriteInStaticCall(bytes4 selector);

    /// Context parameters (last ten of every recording function): `bizStep` (CBV code, see
    /// header), `disposition` (CBV code, 0 = none), `eventTime` (seconds, 0 < eventTime <= block
    /// timestamp, else InvalidEventTime), `readPointGln` and `bizLocationGln` (13-digit GLNs with
    /// valid check digit, "" = none, else InvalidGln), `hasSensor` with `minTempCentiC` <=
    /// `maxTempCentiC` (hundredths of a degree Celsius; both 0 when !hasSensor, else
    /// InvalidSensorRange), `documentHash` + `documentUri` (<= 256 bytes, else DocumentUriTooLong).

    /// @notice A FARM_ROLE holder commissions (harvests) a lot: an ObjectEvent ADD with bizStep
    /// commissioning (else WrongBizStep). lotId = keccak256(abi.encodePacked(gtin, lotNumber)); the
    /// caller becomes creator and custodian. Reverts AccessControlUnauthorizedAccount, InvalidGtin
    /// (14 digits, GS1 check digit), InvalidLotNumber (1-20 chars of GS1 CSET 82), LotAlreadyExists.
    /// Version 2: a FARM_ROLE or BRAND_ROLE holder that owns `gtin` in the GTIN registry
    /// (GtinNotRegistered, GtinOwnedByOther). Emits LotCommissioned and EpcisEventRecorded.
    function commissionLot(string calldata gtin, string calldata lotNumber, uint8 bizStep, uint8 disposition, uint64 eventTime, string calldata readPointGln, string calldata bizLocationGln, bool hasSensor, int32 minTempCentiC, int32 maxTempCentiC, bytes32 documentHash, string calldata documentUri) external returns (bytes32 lotId, uint256 eventId);

    /// @notice ObjectEvent (action OBSERVE=2 or DELETE=3, else InvalidAction) by the custodian of
    /// every lot (NotCustodian, LotInTransit, LotNotActive). DELETE ends the lots (not allowed
    /// inside a container: LotInContainer). bizStep shipping/receiving are ReservedBizStep;
    /// void_shipping cancels a shipment of lots in transit (custodian only; LotNotInTransit),
    /// emitting ShipmentCancelled. 1-64 distinct lots (LotCountOutOfRange, DuplicateLot).
    function recordObjectEvent(bytes32[] calldata lotIds, uint8 action, uint8 bizStep, uint8 disposition, uint64 eventTime, string calldata readPointGln, string calldata bizLocationGln, bool hasSensor, int32 minTempCentiC, int32 maxTempCentiC, bytes32 documentHash, string calldata documentUri) external returns (uint256 eventId);

    /// @notice AggregationEvent on container keccak256(abi.encodePacked("/00/", sscc)) (18-digit
    /// SSCC, else InvalidSscc). ADD=1 packs held, non-recalled lots (NotALot, LotIsRecalled,
    /// LotInContainer, ContainerFull at 64) and creates the container on first use (ContainerCreated,
    /// caller custodian); DELETE=3 unpacks, OBSERVE=2 observes (children must be inside:
    /// NotInContainer). Lineage child -> container is permanent, so recalls reach the container.
    function aggregate(string calldata parentSscc, bytes32[] calldata childLotIds, uint8 action, uint8 bizStep, uint8 disposition, uint64 eventTime, string calldata readPointGln, string calldata bizLocationGln, bool hasSensor, int32 minTempCentiC, int32 maxTempCentiC, bytes32 documentHash, string calldata documentUri) external returns (bytes32 parentId, uint256 eventId);

    /// @notice TransformationEvent: held, non-recalled input lots (not in a container) become new
    /// output lots (GTIN + lot pairs, 1-64; LotAlreadyExists) custodied and created by the caller.
    /// Inputs stay active (partial use). Version 2: the caller must own every output GTIN in the
    /// GTIN registry (GtinNotRegistered, GtinOwnedByOther). Emits LotCommissioned per output.
    function transform(bytes32[] calldata inputLotIds, string[] calldata outputGtins, string[] calldata outputLotNumbers, uint8 bizStep, uint8 disposition, uint64 eventTime, string calldata readPointGln, string calldata bizLocationGln, bool hasSensor, int32 minTempCentiC, int32 maxTempCentiC, bytes32 documentHash, string calldata documentUri) external returns (bytes32[] memory outputLotIds, uint256 eventId);

    /// @notice TransactionEvent ADD with bizStep shipping (else WrongBizStep) naming `receiver`
    /// (not 0 nor caller: InvalidReceiver): lots (and containers' contents) go in transit to it.
    /// Custody does not move yet. Emits LotShipped per lot.
    function shipLots(bytes32[] calldata lotIds, address receiver, uint8 bizStep, uint8 disposition, uint64 eventTime, string calldata readPointGln, string calldata bizLocationGln, bool hasSensor, int32 minTempCentiC, int32 maxTempCentiC, bytes32 documentHash, string calldata documentUri) external returns (uint256 eventId);

    /// @notice TransactionEvent ADD with bizStep receiving (else WrongBizStep) by the receiver named
    /// at shipping (NotReceiver, LotNotInTransit): custody moves to the caller, with containers'
    /// contents. Emits CustodyTransferred per lot.
    function receiveLots(bytes32[] calldata lotIds, uint8 bizStep, uint8 disposition, uint64 eventTime, string calldata readPointGln, string calldata bizLocationGln, bool hasSensor, int32 minTempCentiC, int32 maxTempCentiC, bytes32 documentHash, string calldata documentUri) external returns (uint256 eventId);

    /// @notice Recalls a lot and, eagerly, every lot derived from it (transformation outputs and
    /// containers, transitively, breadth-first) by the lot's creator, a BRAND_ROLE or an
    /// INSPECTOR_ROLE holder (NotAllowedToRecall; LotAlreadyRecalled). Stops at lots already recalled
    /// (their descendants are). Each reached lot costs its reads, header + origin writes and a
    /// LotRecalled event, so the gas limit bounds the walk and an over-budget recall fails whole.
    function recall(bytes32 lotId, bytes32 reasonHash) external returns (uint256 lotsRecalled);

    /// @notice EPCIS error declaration: marks event `eventId` erroneous (reason 1=did_not_occur,
    /// 2=incorrect_data, else InvalidErrorReason) by its recorder or an INSPECTOR_ROLE holder
    /// (NotAllowedToDeclareError), once (EventAlreadyDeclaredErroneous); corrective ids must be
    /// other recorded events (InvalidCorrectiveEvent). The event itself and its effects are never
    /// edited; corrective events fix state. Emits ErrorDeclared.
    function declareError(uint256 eventId, uint8 reason, uint256[] calldata correctiveEventIds) external;

    /// @notice An INSPECTOR_ROLE holder (a certification body) attests event `eventId` with the hash of a statement. Emits
    /// Attested.
    function attest(uint256 eventId, bytes32 statementHash) external;

    /// @notice keccak256(abi.encodePacked(gtin, lotNumber)) after validating both.
    function lotIdOf(string calldata gtin, string calldata lotNumber) external pure returns (bytes32 lotId);

    /// @notice keccak256(abi.encodePacked("/00/", sscc)) after validating the SSCC.
    function containerIdOf(string calldata sscc) external pure returns (bytes32 containerId);

    /// @notice The CBV URN of a bizStep code, e.g. 5 -> urn:epcglobal:cbv:bizstep:commissioning.
    function bizStepUrn(uint8 bizStep) external pure returns (string memory urn);

    /// @notice The CBV URN of a disposition code, e.g. 15 -> urn:epcglobal:cbv:disp:in_transit.
    function dispositionUrn(uint8 disposition) external pure returns (string memory urn);

    /// @notice A lot or container (kind 1=lot 2=container; status 1=active 2=ended). UnknownLot if absent.
    function getLot(bytes32 lotId) external view returns (uint8 kind, uint8 status, address creator, address custodian, address inTransitTo, bool recalled, bytes32 recallOrigin, bytes32 container, string memory gs1Key, string memory lotNumber);

    /// @notice The current custodian. UnknownLot if absent.
    function custodianOf(bytes32 lotId) external view returns (address custodian);

    /// @notice Whether the lot, or any lot it derives from, was recalled (one storage read).
    function isRecalled(bytes32 lotId) external view returns (bool recalled);

    /// @notice Number of events; ids are 1..eventCount.
    function eventCount() external view returns (uint256 count);

    /// @notice An event's what/why/when (eventType 1=Object 2=Aggregation 3=Transaction 4=Transformation; action 1=ADD 2=OBSERVE 3=DELETE, 0=none).
    function getEvent(uint256 eventId) external view returns (uint8 eventType, uint8 action, uint8 bizStep, uint8 disposition, uint64 eventTime, uint64 recordTime, address recorder, address counterparty, bytes32 parentId, bytes32[] memory lotIds, bytes32[] memory outputLotIds);

    /// @notice An event's where, sensor summary, document and block number.
    function getEventDetails(uint256 eventId) external view returns (string memory readPointGln, string memory bizLocationGln, bool hasSensor, int32 minTempCentiC, int32 maxTempCentiC, bytes32 documentHash, string memory documentUri, uint64 blockNumber);

    /// @notice Ids of every event naming the lot, in order.
    function lotEvents(bytes32 lotId) external view returns (uint256[] memory eventIds);

    /// @notice Direct backward lineage: inputs of its transformation, or a container's children.
    function sourcesOf(bytes32 lotId) external view returns (bytes32[] memory sources);

    /// @notice Direct forward lineage: transformation outputs and containers it was packed into.
    function derivedOf(bytes32 lotId) external view returns (bytes32[] memory derived);

    /// @notice A container's current children.
    function contentsOf(bytes32 containerId) external view returns (bytes32[] memory children);

    /// @notice The error declaration of an event, if any.
    function getErrorDeclaration(uint256 eventId) external view returns (bool declared, address declarer, uint8 reason, uint64 declarationTime, uint256[] memory correctiveEventIds);

    /// @notice The attestations of an event, in order.
    function getAttestations(uint256 eventId) external view returns (address[] memory auditors, uint64[] memory times, bytes32[] memory statementHashes);

}
