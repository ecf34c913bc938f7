package io.coterie.chaincode.provenance;

import io.coterie.chaincode.abi.DispatchTable;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Precompile;

/**
 * The Provenance precompile at {@code 0x…1004}: lots, EPCIS 2.0 events with CBV 2.0 vocabulary,
 * custody by ship and receive, lineage, recalls, error declarations and auditor attestations. The
 * Solidity interface is {@code src/main/solidity/IProvenance.sol}. Versions differ only in who may
 * create lots under a GTIN (see {@link LotCreationRules}); their ABI is the same.
 */
public final class ProvenancePrecompile implements Precompile {
  private final LotCreationRules rules;
  private final DispatchTable table;

  /** Version 1: any FARM_ROLE holder commissions any GTIN. */
  public ProvenancePrecompile() {
    this(LotCreationRules.ANY_FARM);
  }

  private ProvenancePrecompile(LotCreationRules rules) {
    this.rules = rules;
    this.table = table(rules);
  }

  /**
   * Version {@code version}: 1, or 2 (lots only under GTINs the GTIN registry gives the caller).
   */
  public static ProvenancePrecompile ofVersion(int version) {
    return new ProvenancePrecompile(LotCreationRules.ofVersion(version));
  }

  /** This instance's version. */
  public int version() {
    return rules.version();
  }

  private static DispatchTable table(LotCreationRules rules) {
    return DispatchTable.builder()
        .nonpayable(
            LotHandlers.COMMISSION_LOT, (ctx, args) -> LotHandlers.commissionLot(ctx, args, rules))
        .nonpayable(LotHandlers.RECORD_OBJECT_EVENT, LotHandlers::recordObjectEvent)
        .nonpayable(LineageHandlers.AGGREGATE, LineageHandlers::aggregate)
        .nonpayable(
            LineageHandlers.TRANSFORM, (ctx, args) -> LineageHandlers.transform(ctx, args, rules))
        .nonpayable(CustodyHandlers.SHIP_LOTS, CustodyHandlers::shipLots)
        .nonpayable(CustodyHandlers.RECEIVE_LOTS, CustodyHandlers::receiveLots)
        .nonpayable(OversightHandlers.RECALL, OversightHandlers::recall)
        .nonpayable(OversightHandlers.DECLARE_ERROR, OversightHandlers::declareError)
        .nonpayable(OversightHandlers.ATTEST, OversightHandlers::attest)
        .pure("lotIdOf(string,string)", ViewHandlers::lotIdOf)
        .pure("containerIdOf(string)", ViewHandlers::containerIdOf)
        .pure("bizStepUrn(uint8)", ViewHandlers::bizStepUrn)
        .pure("dispositionUrn(uint8)", ViewHandlers::dispositionUrn)
        .view("getLot(bytes32)", ViewHandlers::getLot)
        .view("custodianOf(bytes32)", ViewHandlers::custodianOf)
        .view("isRecalled(bytes32)", ViewHandlers::isRecalled)
        .view("eventCount()", ViewHandlers::eventCount)
        .view("getEvent(uint256)", ViewHandlers::getEvent)
        .view("getEventDetails(uint256)", ViewHandlers::getEventDetails)
        .view("lotEvents(bytes32)", ViewHandlers::lotEvents)
        .view("sourcesOf(bytes32)", ViewHandlers::sourcesOf)
        .view("derivedOf(bytes32)", ViewHandlers::derivedOf)
        .view("contentsOf(bytes32)", ViewHandlers::contentsOf)
        .view("getErrorDeclaration(uint256)", ViewHandlers::getErrorDeclaration)
        .view("getAttestations(uint256)", ViewHandlers::getAttestations)
        .build();
  }

  /** The selector → function table, for tests and tooling. */
  public DispatchTable dispatchTable() {
    return table;
  }

  @Override
  public String name() {
    return "provenance";
  }

  @Override
  public boolean serves(ChainAddress address) {
    return ProvenanceLayout.ADDRESS.equals(address);
  }

  @Override
  public CallResult call(CallContext ctx, byte[] input) {
    return table.dispatch(ctx, input);
  }
}
