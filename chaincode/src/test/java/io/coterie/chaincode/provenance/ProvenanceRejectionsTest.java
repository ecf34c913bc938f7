package io.coterie.chaincode.provenance;

import static io.coterie.chaincode.provenance.ProvenanceCalls.context;
import static io.coterie.chaincode.provenance.ProvenanceFixture.FARM;
import static io.coterie.chaincode.provenance.ProvenanceFixture.STORE;
import static io.coterie.chaincode.provenance.ProvenanceFixture.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.abi.AbiValues;
import io.coterie.chaincode.abi.SolidityError;
import io.coterie.chaincode.abi.StandardErrors;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.TestHost.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.utils.Numeric;

/** Bad input reverts with the specific custom error and changes nothing. */
class ProvenanceRejectionsTest {
  private static final String GTIN = "10614141000019";
  private final ProvenanceFixture chain = new ProvenanceFixture();

  @SuppressWarnings("rawtypes")
  private void assertRejected(
      io.coterie.chaincode.spi.ChainAddress from, byte[] input, SolidityError error, Type... args) {
    var before = chain.host.world().storageOf(ProvenanceLayout.ADDRESS);
    Outcome outcome = chain.call(from, input);
    assertThat(outcome.result().isSuccess()).as("reverted").isFalse();
    assertThat(Numeric.toHexString(outcome.result().data()))
        .isEqualTo(Numeric.toHexString(error.encode(args)));
    assertThat(outcome.logs()).isEmpty();
    assertThat(chain.host.world().storageOf(ProvenanceLayout.ADDRESS)).isEqualTo(before);
  }

  @Test
  void onlyFarmsCommissionLots() {
    assertRejected(
        STRANGER,
        ProvenanceCalls.commissionLot(GTIN, "L1", context(BizStep.COMMISSIONING, chain.now())),
        ProvenanceErrors.UNAUTHORIZED_ACCOUNT,
        AbiValues.address(STRANGER),
        AbiValues.bytes32(StandardRoles.FARM_ROLE));
  }

  @Test
  void badGs1KeysAndVocabularyAreRefused() {
    assertRejected(
        FARM,
        ProvenanceCalls.commissionLot(
            "10614141000018", "L1", context(BizStep.COMMISSIONING, chain.now())),
        ProvenanceErrors.INVALID_GTIN,
        AbiValues.string("10614141000018"));
    assertRejected(
        FARM,
        ProvenanceCalls.commissionLot(GTIN, "L 1", context(BizStep.COMMISSIONING, chain.now())),
        ProvenanceErrors.INVALID_LOT_NUMBER,
        AbiValues.string("L 1"));
    assertRejected(
        FARM,
        ProvenanceCalls.commissionLot(
            GTIN, "L1", context(BizStep.COMMISSIONING, chain.now()).withBizStepCode(42)),
        ProvenanceErrors.INVALID_BIZ_STEP,
        new Uint8(42));
    assertRejected(
        FARM,
        ProvenanceCalls.commissionLot(GTIN, "L1", context(BizStep.PACKING, chain.now())),
        ProvenanceErrors.WRONG_BIZ_STEP,
        new Uint8(BizStep.PACKING.code()),
        new Uint8(BizStep.COMMISSIONING.code()));
    assertRejected(
        FARM,
        ProvenanceCalls.commissionLot(
            GTIN, "L1", context(BizStep.COMMISSIONING, chain.now()).withReadPoint("0614141000006")),
        ProvenanceErrors.INVALID_GLN,
        AbiValues.string("0614141000006"));
  }

  @Test
  void eventsMayNotBeDatedAfterTheBlock() {
    assertRejected(
        FARM,
        ProvenanceCalls.commissionLot(GTIN, "L1", context(BizStep.COMMISSIONING, chain.now() + 1)),
        ProvenanceErrors.INVALID_EVENT_TIME,
        new Uint64(chain.now() + 1),
        new Uint64(chain.now()));
  }

  @Test
  void onlyTheCustodianRecordsAndShippingNeedsItsOwnFunction() {
    Word lot = chain.commission(FARM, GTIN, "L1");
    assertRejected(
        STORE,
        ProvenanceCalls.recordObjectEvent(
            List.of(lot), EpcisAction.OBSERVE, context(BizStep.INSPECTING, chain.now())),
        ProvenanceErrors.NOT_CUSTODIAN,
        AbiValues.bytes32(lot),
        AbiValues.address(STORE),
        AbiValues.address(FARM));
    assertRejected(
        FARM,
        ProvenanceCalls.recordObjectEvent(
            List.of(lot), EpcisAction.OBSERVE, context(BizStep.SHIPPING, chain.now())),
        ProvenanceErrors.RESERVED_BIZ_STEP,
        new Uint8(BizStep.SHIPPING.code()));
    assertRejected(
        STORE,
        ProvenanceCalls.recall(lot, Word.ZERO),
        ProvenanceErrors.NOT_ALLOWED_TO_RECALL,
        AbiValues.bytes32(lot),
        AbiValues.address(STORE));
  }

  @Test
  void recalledLotsCannotBeTransformedAndErrorsAreDeclaredOnce() {
    Word lot = chain.commission(FARM, GTIN, "L1");
    chain.ok(FARM, ProvenanceCalls.declareError(1, ErrorReason.INCORRECT_DATA, List.of()));
    assertRejected(
        FARM,
        ProvenanceCalls.declareError(1, ErrorReason.DID_NOT_OCCUR, List.of()),
        ProvenanceErrors.EVENT_ALREADY_DECLARED_ERRONEOUS,
        AbiValues.uint256(1));
    chain.ok(FARM, ProvenanceCalls.recall(lot, Word.keccak("why")));
    assertRejected(
        FARM,
        ProvenanceCalls.transform(
            List.of(lot), List.of(GTIN), List.of("L2"), context(BizStep.REPACKAGING, chain.now())),
        ProvenanceErrors.LOT_IS_RECALLED,
        AbiValues.bytes32(lot));
    assertThat(chain.reader.trace(chain.host.world(), lot).orElseThrow().errorDeclarations())
        .singleElement()
        .satisfies(d -> assertThat(d.reason()).isEqualTo(ErrorReason.INCORRECT_DATA));
  }

  @Test
  void malformedCalldataAndUnknownSelectorsRevertWithStandardErrors() {
    assertRejected(FARM, new byte[] {1, 2}, StandardErrors.MALFORMED_CALLDATA);
    byte[] truncated =
        ProvenanceCalls.commissionLot(GTIN, "L1", context(BizStep.COMMISSIONING, chain.now()));
    assertRejected(
        FARM, java.util.Arrays.copyOf(truncated, 100), StandardErrors.MALFORMED_CALLDATA);
  }
}
