package io.coterie.chaincode.consent;

import static io.coterie.chaincode.consent.ConsentFixture.ANALYTICS;
import static io.coterie.chaincode.consent.ConsentFixture.BRAND;
import static io.coterie.chaincode.consent.ConsentFixture.CONSENT;
import static io.coterie.chaincode.consent.ConsentFixture.MARKETING;
import static io.coterie.chaincode.consent.ConsentFixture.MEMBER;
import static io.coterie.chaincode.consent.ConsentFixture.PROCESSING;
import static io.coterie.chaincode.consent.ConsentFixture.SHOP;
import static io.coterie.chaincode.consent.ConsentFixture.STRANGER;
import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.b32;
import static io.coterie.chaincode.support.AbiCalls.fn;
import static io.coterie.chaincode.support.AbiCalls.u256;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.abi.SolidityError;
import io.coterie.chaincode.abi.StandardErrors;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.AbiCalls;
import io.coterie.chaincode.support.AbiJsonConsistency;
import io.coterie.chaincode.support.TestHost.Outcome;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.utils.Numeric;

class ConsentPrecompileTest {
  private final ConsentFixture chain = new ConsentFixture();
  private final long now = chain.host.block().timestampSeconds();

  @Test
  void aMemberGrantsAPurposeScopedConsentWithAnAuditEvent() {
    Outcome outcome =
        chain.call(MEMBER, ConsentFixture.grant(SHOP, MARKETING, now + 3600, "ipfs://notice/1"));

    assertThat(outcome.succeeded()).isTrue();
    assertThat(outcome.logs()).hasSize(1);
    assertThat(outcome.logs().get(0).topics())
        .containsExactly(
            ConsentEvents.CONSENT_GRANTED.topic0(), Word.of(MEMBER), Word.of(SHOP), MARKETING);
    assertThat(outcome.logs().get(0).dataHex())
        .isEqualTo(
            Numeric.toHexString(
                ConsentEvents.CONSENT_GRANTED.data(
                    b32(PROCESSING),
                    new Uint64(now),
                    new Uint64(now + 3600),
                    new Utf8String("ipfs://notice/1"),
                    u256(1))));
    assertThat(chain.hasConsent(MEMBER, SHOP, MARKETING)).isTrue();
    assertThat(chain.hasConsent(MEMBER, SHOP, ANALYTICS)).isFalse();
    assertThat(chain.hasConsent(MEMBER, BRAND, MARKETING)).isFalse();
  }

  @Test
  void consentEndsAtValidUntilByBlockTime() {
    chain.call(MEMBER, ConsentFixture.grant(SHOP, MARKETING, now + 60, ""));

    chain.host.advance(1, 59);
    assertThat(chain.hasConsent(MEMBER, SHOP, MARKETING)).isTrue();
    chain.host.advance(1, 1);
    assertThat(chain.hasConsent(MEMBER, SHOP, MARKETING)).isFalse();
    assertThat(chain.call(MEMBER, ConsentFixture.revoke(SHOP, MARKETING)).result().data())
        .isEqualTo(
            ConsentErrors.NO_ACTIVE_CONSENT.encode(addr(MEMBER), addr(SHOP), b32(MARKETING)));
  }

  @Test
  void revokingWithdrawsAtOnceAndIsRecorded() {
    chain.call(MEMBER, ConsentFixture.grant(BRAND, MARKETING, 0, ""));
    chain.host.advance(1, 10);

    Outcome outcome = chain.call(MEMBER, ConsentFixture.revoke(BRAND, MARKETING));

    assertThat(outcome.logs().get(0).topics())
        .containsExactly(
            ConsentEvents.CONSENT_REVOKED.topic0(), Word.of(MEMBER), Word.of(BRAND), MARKETING);
    assertThat(chain.hasConsent(MEMBER, BRAND, MARKETING)).isFalse();
    List<Type> record = consentOf();
    assertThat(record.get(3).getValue()).isEqualTo(BigInteger.valueOf(now + 10));
    assertThat(record.get(5).getValue()).isEqualTo(BigInteger.ONE);
    assertThat(record.get(6).getValue()).isEqualTo(false);
    assertThat(new ConsentReader().consentOf(chain.host.world(), MEMBER, BRAND, MARKETING))
        .get()
        .extracting(ConsentRecord::withdrawn, ConsentRecord::withdrawnAt)
        .containsExactly(true, now + 10);
  }

  @Test
  void regrantingRenewsTheRecordAndCountsVersions() {
    chain.call(MEMBER, ConsentFixture.grant(BRAND, MARKETING, 0, "a"));
    chain.call(MEMBER, ConsentFixture.revoke(BRAND, MARKETING));

    Outcome again = chain.call(MEMBER, ConsentFixture.grant(BRAND, MARKETING, now + 5, "b"));

    assertThat(again.succeeded()).isTrue();
    List<Type> record = consentOf();
    assertThat(record.get(2).getValue()).isEqualTo(BigInteger.valueOf(now + 5));
    assertThat(record.get(3).getValue()).isEqualTo(BigInteger.ZERO);
    assertThat(record.get(4).getValue()).isEqualTo("b");
    assertThat(record.get(5).getValue()).isEqualTo(BigInteger.TWO);
    assertThat(record.get(6).getValue()).isEqualTo(true);
  }

  @Test
  void badGrantsRevertWithSpecificErrorsAndChangeNothing() {
    assertThat(chain.call(STRANGER, ConsentFixture.grant(SHOP, MARKETING, 0, "")).result().data())
        .isEqualTo(
            ConsentErrors.UNAUTHORIZED_ACCOUNT.encode(
                addr(STRANGER), b32(StandardRoles.MEMBER_ROLE)));
    assertThat(chain.call(MEMBER, ConsentFixture.grant(STRANGER, MARKETING, 0, "")).result().data())
        .isEqualTo(ConsentErrors.NOT_A_MERCHANT.encode(addr(STRANGER)));
    assertThat(chain.call(MEMBER, ConsentFixture.grant(SHOP, Word.ZERO, 0, "")).result().data())
        .isEqualTo(ConsentErrors.INVALID_PURPOSE.encode());
    assertThat(chain.call(MEMBER, ConsentFixture.grant(SHOP, MARKETING, now, "")).result().data())
        .isEqualTo(ConsentErrors.INVALID_VALIDITY.encode(new Uint64(now), new Uint64(now)));
    assertThat(chain.host.world().storageOf(CONSENT)).isEmpty();
  }

  @Test
  void theShortGrantHasAnEmptyNotice() {
    Outcome outcome =
        chain.call(
            MEMBER, fn("grantConsent", addr(SHOP), b32(MARKETING), b32(PROCESSING), new Uint64(0)));

    assertThat(outcome.succeeded()).isTrue();
    assertThat(consentOf(SHOP).get(4).getValue()).isEqualTo("");
  }

  @Test
  void rewardReferenceIsStablePerConsentAndDistinctAcrossPurposes() {
    assertThat(ConsentReader.rewardRef(MEMBER, SHOP, MARKETING))
        .isEqualTo(ConsentReader.rewardRef(MEMBER, SHOP, MARKETING))
        .isNotEqualTo(ConsentReader.rewardRef(MEMBER, SHOP, ANALYTICS));
  }

  @Test
  void storageMatchesTheDocumentedLayout() {
    chain.call(MEMBER, ConsentFixture.grant(SHOP, MARKETING, now + 9, "n"));
    Word base =
        Word.keccak(
            concat(
                MARKETING,
                Word.keccak(
                    concat(Word.of(SHOP), Word.keccak(concat(Word.of(MEMBER), Word.of(0)))))));
    var storage = chain.host.world().storageOf(CONSENT);

    assertThat(storage.get(base)).isEqualTo(PROCESSING);
    assertThat(storage.get(base.plus(1)))
        .isEqualTo(
            Word.of(
                BigInteger.valueOf(now).or(BigInteger.valueOf(now + 9).shiftLeft(64)).setBit(200)));
    assertThat(storage.get(base.plus(3))).isEqualTo(Word.of(1));
  }

  @Test
  void abiJsonMatchesDispatchErrorsAndEvents() {
    AbiJsonConsistency abi = AbiJsonConsistency.load("Consent");
    abi.assertFunctionsMatch(new ConsentPrecompile().dispatchTable());
    List<SolidityError> errors =
        new ArrayList<>(
            List.of(
                ConsentErrors.UNAUTHORIZED_ACCOUNT,
                ConsentErrors.NOT_A_MERCHANT,
                ConsentErrors.INVALID_PURPOSE,
                ConsentErrors.INVALID_VALIDITY,
                ConsentErrors.NO_ACTIVE_CONSENT));
    errors.addAll(StandardErrors.ALL);
    abi.assertErrorsAre(errors);
    abi.assertEventsAre(List.of(ConsentEvents.CONSENT_GRANTED, ConsentEvents.CONSENT_REVOKED));
    assertThat(abi.indexedInputs("ConsentGranted"))
        .containsExactly("address", "address", "bytes32");
  }

  private List<Type> consentOf() {
    return consentOf(BRAND);
  }

  private List<Type> consentOf(io.coterie.chaincode.spi.ChainAddress merchant) {
    Outcome outcome =
        chain.host.staticCall(
            MEMBER, CONSENT, fn("consentOf", addr(MEMBER), addr(merchant), b32(MARKETING)));
    return AbiCalls.decode(
        outcome.result().data(),
        new TypeReference<Bytes32>() {},
        new TypeReference<Uint64>() {},
        new TypeReference<Uint64>() {},
        new TypeReference<Uint64>() {},
        new TypeReference<Utf8String>() {},
        new TypeReference<Uint256>() {},
        new TypeReference<Bool>() {});
  }

  private static byte[] concat(Word a, Word b) {
    return Numeric.hexStringToByteArray(a.toHex() + b.toHex().substring(2));
  }
}
