package io.coterie.chaincode.samples;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.bytes32;
import static io.coterie.chaincode.abi.AbiValues.uint256;
import static io.coterie.chaincode.samples.SamplesFixture.PRODUCT;
import static io.coterie.chaincode.samples.SamplesFixture.REVIEWS;
import static io.coterie.chaincode.samples.SamplesFixture.SAMPLES;
import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.b32;
import static io.coterie.chaincode.support.AbiCalls.fn;
import static io.coterie.chaincode.support.AbiCalls.u256;
import static io.coterie.chaincode.support.ModulesFixture.ADMIN;
import static io.coterie.chaincode.support.ModulesFixture.MEMBER_KEYS;
import static io.coterie.chaincode.support.ModulesFixture.OUTSIDER;
import static io.coterie.chaincode.support.ModulesFixture.SHOP;
import static io.coterie.chaincode.support.ModulesFixture.member;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.consent.ConsentErrors;
import io.coterie.chaincode.reviews.Purchase;
import io.coterie.chaincode.reviews.PurchaseRecords;
import io.coterie.chaincode.reviews.PurchaseSource;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.AbiCalls;
import io.coterie.chaincode.support.TestHost.Outcome;
import io.coterie.chaincode.support.TypedDataSigner;
import io.coterie.chaincode.support.TypedDataSigner.Vrs;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;

/** Every function of the sample campaigns precompile, and every way a call of it reverts. */
class SampleCampaignsTest {
  private static final Word PURPOSE = Word.keccak("coterie.samples.follow-up");

  private final SamplesFixture f = new SamplesFixture();

  private byte[] revertOf(Outcome outcome) {
    assertThat(outcome.result().isSuccess()).as("reverts: %s", outcome).isFalse();
    return outcome.result().data();
  }

  /** A relayed claimBySig of member #0's claim by the shop, expected to revert; its data. */
  private byte[] bySig(long id, long deadline, Uint8 v, Bytes32 r, Bytes32 s) {
    return revertOf(
        f.chain.call(
            SHOP, SAMPLES, fn("claimBySig", u256(id), addr(member(0)), u256(deadline), v, r, s)));
  }

  private static Uint64 u64(long v) {
    return new Uint64(v);
  }

  @Test
  void theBrandCreatesACampaignThatReadsBackAndEmitsCampaignCreated() {
    Outcome created =
        f.chain.call(ADMIN, SAMPLES, f.createCall(3, f.now, f.now + 3600, 2, PURPOSE));

    assertThat(created.succeeded()).as("%s", created).isTrue();
    assertThat(AbiCalls.uint(created.result().data())).isOne();
    assertThat(f.chain.uint(SAMPLES, "campaignCount")).isOne();
    List<Type> c =
        AbiCalls.decode(
            f.chain.view(SAMPLES, fn("campaignOf", u256(1))),
            new TypeReference<Address>() {},
            new TypeReference<Address>() {},
            new TypeReference<Bytes32>() {},
            new TypeReference<Uint256>() {},
            new TypeReference<Uint256>() {},
            new TypeReference<Uint64>() {},
            new TypeReference<Uint64>() {},
            new TypeReference<Uint256>() {},
            new TypeReference<Uint8>() {},
            new TypeReference<Bytes32>() {});
    assertThat(c.get(0).getValue()).isEqualTo(ADMIN.toHex());
    assertThat(c.get(1).getValue()).isEqualTo(SHOP.toHex());
    assertThat((byte[]) c.get(2).getValue()).isEqualTo(PRODUCT.bytes());
    assertThat(c.get(3).getValue()).isEqualTo(BigInteger.valueOf(3));
    assertThat(c.get(4).getValue()).isEqualTo(BigInteger.ZERO);
    assertThat(c.get(5).getValue()).isEqualTo(BigInteger.valueOf(f.now));
    assertThat(c.get(6).getValue()).isEqualTo(BigInteger.valueOf(f.now + 3600));
    assertThat(c.get(7).getValue()).isEqualTo(BigInteger.valueOf(f.cards));
    assertThat(c.get(8).getValue()).isEqualTo(BigInteger.TWO);
    assertThat((byte[]) c.get(9).getValue()).isEqualTo(PURPOSE.bytes());
    assertThat(created.logs()).hasSize(1);
    assertThat(created.logs().get(0).topics())
        .containsExactly(
            SampleCampaignsEvents.CAMPAIGN_CREATED.topic0(), Word.of(1), Word.of(ADMIN), PRODUCT);
  }

  @Test
  void aShopMayCreateACampaignToo() {
    assertThat(f.chain.call(SHOP, SAMPLES, f.createCall(1, f.now, f.now + 10, 1, Word.ZERO)))
        .matches(Outcome::succeeded);
  }

  @Test
  void creationRefusesWhatItCannotRun() {
    assertThat(
            revertOf(
                f.chain.call(OUTSIDER, SAMPLES, f.createCall(1, f.now, f.now + 1, 1, Word.ZERO))))
        .isEqualTo(SampleCampaignsErrors.NOT_CAMPAIGN_CREATOR.encode(address(OUTSIDER)));
    assertThat(
            revertOf(f.chain.call(ADMIN, SAMPLES, f.createCall(0, f.now, f.now + 1, 1, Word.ZERO))))
        .isEqualTo(SampleCampaignsErrors.ZERO_STOCK.encode());
    assertThat(revertOf(f.chain.call(ADMIN, SAMPLES, f.createCall(1, f.now, f.now, 1, Word.ZERO))))
        .isEqualTo(
            SampleCampaignsErrors.INVALID_CLAIM_WINDOW.encode(u64(f.now), u64(f.now), u64(f.now)));
    assertThat(revertOf(f.chain.call(ADMIN, SAMPLES, f.createCall(1, 0, f.now - 1, 1, Word.ZERO))))
        .isEqualTo(
            SampleCampaignsErrors.INVALID_CLAIM_WINDOW.encode(u64(0), u64(f.now - 1), u64(f.now)));
    byte[] zeroProduct =
        fn(
            "createCampaign",
            b32(Word.ZERO),
            u256(1),
            u64(f.now),
            u64(f.now + 1),
            u256(f.cards),
            new Uint8(1),
            b32(Word.ZERO),
            addr(SHOP));
    assertThat(revertOf(f.chain.call(ADMIN, SAMPLES, zeroProduct)))
        .isEqualTo(SampleCampaignsErrors.INVALID_PRODUCT.encode(bytes32(Word.ZERO)));
    byte[] noCollection =
        fn(
            "createCampaign",
            b32(PRODUCT),
            u256(1),
            u64(f.now),
            u64(f.now + 1),
            u256(77),
            new Uint8(1),
            b32(Word.ZERO),
            addr(SHOP));
    assertThat(revertOf(f.chain.call(ADMIN, SAMPLES, noCollection)))
        .isEqualTo(SampleCampaignsErrors.UNKNOWN_CARD_COLLECTION.encode(uint256(77)));
    byte[] notAShop =
        fn(
            "createCampaign",
            b32(PRODUCT),
            u256(1),
            u64(f.now),
            u64(f.now + 1),
            u256(f.cards),
            new Uint8(1),
            b32(Word.ZERO),
            addr(OUTSIDER));
    assertThat(revertOf(f.chain.call(ADMIN, SAMPLES, notAShop)))
        .isEqualTo(SampleCampaignsErrors.NOT_A_SHOP.encode(address(OUTSIDER)));
    assertThat(f.chain.uint(SAMPLES, "campaignCount")).isZero();
  }

  @Test
  void aClaimRecordsAPurchaseCountsDownTheStockAndEmitsSampleClaimed() {
    long id = f.create(2, 1, Word.ZERO);

    Outcome claimed = f.claim(member(0), id);

    assertThat(claimed.succeeded()).as("%s", claimed).isTrue();
    BigInteger purchase = AbiCalls.uint(claimed.result().data());
    assertThat(purchase).isOne();
    assertThat(f.remaining(id)).isOne();
    assertThat(
            PurchaseRecords.find(PurchaseRecords.readOnly(f.chain.host.world()), purchase)
                .orElseThrow())
        .isEqualTo(
            new Purchase(purchase, member(0), PRODUCT, PurchaseSource.SAMPLE_CLAIM, Word.of(id)));
    assertThat(f.chain.uint(REVIEWS, "purchaseCount")).isOne();
    assertThat(claimed.logs()).hasSize(1);
    assertThat(claimed.logs().get(0).topics())
        .containsExactly(
            SampleCampaignsEvents.SAMPLE_CLAIMED.topic0(),
            Word.of(id),
            Word.of(member(0)),
            Word.of(1));
    List<Type> claim =
        AbiCalls.decode(
            f.chain.view(SAMPLES, fn("claimOf", u256(id), addr(member(0)))),
            new TypeReference<Uint256>() {},
            new TypeReference<Bytes32>() {});
    assertThat(claim.get(0).getValue()).isEqualTo(BigInteger.ONE);
    assertThat((byte[]) claim.get(1).getValue()).isEqualTo(Word.ZERO.bytes());
  }

  @Test
  void claimsRevertWithTheRuleTheyBreak() {
    long id = f.create(1, 2, Word.ZERO);
    assertThat(revertOf(f.claim(member(0), 99)))
        .isEqualTo(SampleCampaignsErrors.UNKNOWN_CAMPAIGN.encode(uint256(99)));
    assertThat(revertOf(f.claim(member(0), id)))
        .isEqualTo(
            SampleCampaignsErrors.TIER_TOO_LOW.encode(
                uint256(id), address(member(0)), new Uint8(1), new Uint8(2)));
    assertThat(revertOf(f.claim(member(4), id)))
        .isEqualTo(
            SampleCampaignsErrors.NO_MEMBER_CARD.encode(
                uint256(id), address(member(4)), uint256(f.cards)));
    f.claimed(member(1), id);
    assertThat(revertOf(f.claim(member(1), id)))
        .isEqualTo(
            SampleCampaignsErrors.ALREADY_CLAIMED.encode(
                uint256(id), address(member(1)), uint256(1)));
    long open = f.create(1, 1, Word.ZERO);
    f.claimed(member(2), open);
    assertThat(revertOf(f.claim(member(3), open)))
        .isEqualTo(SampleCampaignsErrors.OUT_OF_STOCK.encode(uint256(open), uint256(1)));
  }

  @Test
  void claimsAreTakenOnlyInsideTheWindow() {
    long id =
        AbiCalls.uint(
                f.chain.ok(ADMIN, SAMPLES, f.createCall(5, f.now + 100, f.now + 200, 1, Word.ZERO)))
            .longValueExact();
    long t = f.chain.host.block().timestampSeconds();
    assertThat(revertOf(f.claim(member(0), id)))
        .isEqualTo(
            SampleCampaignsErrors.CLAIM_WINDOW_CLOSED.encode(
                uint256(id), u64(t), u64(f.now + 100), u64(f.now + 200)));
    f.chain.host.advanceSeconds(f.now + 100 - t);
    f.claimed(member(0), id);
    f.chain.host.advanceSeconds(99);
    f.claimed(member(1), id);
    f.chain.host.advanceSeconds(1);
    assertThat(revertOf(f.claim(member(2), id)))
        .isEqualTo(
            SampleCampaignsErrors.CLAIM_WINDOW_CLOSED.encode(
                uint256(id), u64(f.now + 200), u64(f.now + 100), u64(f.now + 200)));
  }

  @Test
  void aCampaignWithAPurposeNeedsTheMembersConsentToItsMerchant() {
    long id = f.create(3, 1, PURPOSE);
    assertThat(revertOf(f.claim(member(0), id)))
        .isEqualTo(
            ConsentErrors.CONSENT_NOT_GRANTED.encode(
                address(member(0)), address(ADMIN), bytes32(PURPOSE)));
    f.grant(member(0), SHOP, PURPOSE); // to another merchant: not enough
    assertThat(f.claim(member(0), id).succeeded()).isFalse();
    f.grant(member(0), ADMIN, PURPOSE);
    assertThat(f.claim(member(0), id).succeeded()).isTrue();
  }

  @Test
  void aRelayerClaimsWithTheMembersSignature() {
    long id = f.create(2, 1, Word.ZERO);
    long deadline = f.now + 600;
    Vrs sig = TypedDataSigner.sampleClaim(MEMBER_KEYS.get(0), SAMPLES, id, 0, deadline);
    byte[] call =
        fn("claimBySig", u256(id), addr(member(0)), u256(deadline), sig.v(), sig.r(), sig.s());

    Outcome relayed = f.chain.call(SHOP, SAMPLES, call);

    assertThat(relayed.succeeded()).as("%s", relayed).isTrue();
    assertThat(f.chain.uint(SAMPLES, "nonces", addr(member(0)))).isOne();
    assertThat(relayed.logs().get(0).dataHex()).contains(SHOP.toHex().substring(2));
    assertThat(revertOf(f.chain.call(SHOP, SAMPLES, call)))
        .as("a replay carries a used nonce, so it recovers another signer")
        .startsWith(SampleCampaignsErrors.INVALID_SIGNER.selector().bytes());
  }

  @Test
  void signedClaimsRevertWhenExpiredForgedOrMalleable() {
    long id = f.create(2, 1, Word.ZERO);
    long past = f.now - 1;
    Vrs expired = TypedDataSigner.sampleClaim(MEMBER_KEYS.get(0), SAMPLES, id, 0, past);
    assertThat(bySig(id, past, expired.v(), expired.r(), expired.s()))
        .isEqualTo(SampleCampaignsErrors.EXPIRED_SIGNATURE.encode(uint256(past)));
    long deadline = f.now + 600;
    Vrs byOther = TypedDataSigner.sampleClaim(MEMBER_KEYS.get(1), SAMPLES, id, 0, deadline);
    assertThat(bySig(id, deadline, byOther.v(), byOther.r(), byOther.s()))
        .as("member #1 signed a claim for itself; presented as #0's it recovers to neither")
        .startsWith(SampleCampaignsErrors.INVALID_SIGNER.selector().bytes())
        .endsWith(Word.of(member(0)).bytes());
    Vrs good = TypedDataSigner.sampleClaim(MEMBER_KEYS.get(0), SAMPLES, id, 0, deadline);
    BigInteger highS =
        io.coterie.chaincode.abi.EcRecover.CURVE_N.subtract(new BigInteger(1, good.s().getValue()));
    Word high = Word.of(highS);
    assertThat(bySig(id, deadline, good.v(), good.r(), b32(high)))
        .isEqualTo(SampleCampaignsErrors.INVALID_SIGNATURE_S.encode(bytes32(high)));
    assertThat(bySig(id, deadline, new Uint8(29), good.r(), good.s()))
        .isEqualTo(SampleCampaignsErrors.INVALID_SIGNATURE.encode());
    assertThat(f.remaining(id)).isEqualTo(BigInteger.TWO);
  }

  @Test
  void theCampaignsShopMarksAClaimedSampleShippedOnce() {
    long id = f.create(2, 1, Word.ZERO);
    f.claimed(member(0), id);
    Word ref = Word.keccak("DHL-1234567890");
    byte[] mark = fn("markFulfilled", u256(id), addr(member(0)), b32(ref));

    assertThat(revertOf(f.chain.call(ADMIN, SAMPLES, mark)))
        .isEqualTo(
            SampleCampaignsErrors.NOT_CAMPAIGN_SHOP.encode(
                uint256(id), address(ADMIN), address(SHOP)));
    Outcome marked = f.chain.call(SHOP, SAMPLES, mark);
    assertThat(marked.succeeded()).as("%s", marked).isTrue();
    assertThat(marked.logs().get(0).topics())
        .containsExactly(
            SampleCampaignsEvents.SAMPLE_FULFILLED.topic0(), Word.of(id), Word.of(member(0)), ref);
    assertThat(revertOf(f.chain.call(SHOP, SAMPLES, mark)))
        .isEqualTo(
            SampleCampaignsErrors.ALREADY_FULFILLED.encode(
                uint256(id), address(member(0)), bytes32(ref)));
    assertThat(
            revertOf(
                f.chain.call(
                    SHOP, SAMPLES, fn("markFulfilled", u256(id), addr(member(1)), b32(ref)))))
        .isEqualTo(SampleCampaignsErrors.NOT_CLAIMED.encode(uint256(id), address(member(1))));
    assertThat(
            revertOf(
                f.chain.call(
                    SHOP, SAMPLES, fn("markFulfilled", u256(id), addr(member(0)), b32(Word.ZERO)))))
        .isEqualTo(SampleCampaignsErrors.EMPTY_SHIPMENT_REF.encode());
    assertThat(
            revertOf(
                f.chain.call(
                    SHOP, SAMPLES, fn("markFulfilled", u256(9), addr(member(0)), b32(ref)))))
        .isEqualTo(SampleCampaignsErrors.UNKNOWN_CAMPAIGN.encode(uint256(9)));
  }

  @Test
  void viewsOfUnknownCampaignsRevertAndTheDomainIsTheSignersDomain() {
    assertThat(revertOf(f.chain.host.staticCall(OUTSIDER, SAMPLES, fn("campaignOf", u256(1)))))
        .isEqualTo(SampleCampaignsErrors.UNKNOWN_CAMPAIGN.encode(uint256(1)));
    assertThat(revertOf(f.chain.host.staticCall(OUTSIDER, SAMPLES, fn("remaining", u256(1)))))
        .isEqualTo(SampleCampaignsErrors.UNKNOWN_CAMPAIGN.encode(uint256(1)));
    assertThat(f.chain.view(SAMPLES, fn("DOMAIN_SEPARATOR")))
        .isEqualTo(
            io.coterie.chaincode.abi.Eip712.domainSeparator("Coterie Samples", "1", 1337, SAMPLES)
                .bytes());
    assertThat(
            AbiCalls.decode(
                    f.chain.view(SAMPLES, fn("eip712Domain")),
                    new TypeReference<org.web3j.abi.datatypes.generated.Bytes1>() {},
                    new TypeReference<org.web3j.abi.datatypes.Utf8String>() {})
                .get(1)
                .getValue())
        .isEqualTo("Coterie Samples");
    assertThat(revertOf(f.chain.host.staticCall(member(0), SAMPLES, fn("claim", u256(1)))))
        .startsWith(
            io.coterie.chaincode.abi.StandardErrors.WRITE_IN_STATIC_CALL.selector().bytes());
  }
}
