package io.coterie.chaincode.samples;

import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.b32;
import static io.coterie.chaincode.support.AbiCalls.fn;
import static io.coterie.chaincode.support.AbiCalls.u256;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.AbiCalls;
import io.coterie.chaincode.support.ModulesFixture;
import io.coterie.chaincode.support.TestHost.Outcome;
import java.math.BigInteger;
import java.util.List;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.generated.StaticArray5;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;

/**
 * Every module over the devnet roles, with a member collection whose cards members #0-#3 hold (tier
 * 1; #1 raised to tier 3), and helpers that create campaigns and claim samples by calls.
 */
public final class SamplesFixture {
  public static final ChainAddress SAMPLES = SampleCampaignsLayout.ADDRESS;
  public static final ChainAddress REVIEWS = ChainAddress.of(0x100e);
  public static final ChainAddress CONSENT = ChainAddress.of(0x1005);
  public static final Word PRODUCT = Word.keccak("gtin:04006381333931");

  public final ModulesFixture chain = new ModulesFixture();
  public final long cards =
      chain.createMemberCollection(
          List.of(
              ModulesFixture.member(0),
              ModulesFixture.member(1),
              ModulesFixture.member(2),
              ModulesFixture.member(3)));
  public final long now = chain.host.block().timestampSeconds();

  public SamplesFixture() {
    // cards are token ids 1..4 in airdrop order; #1 holds token 2
    chain.ok(
        ModulesFixture.ADMIN,
        ModulesFixture.collection(cards),
        fn("setTier", u256(2), new Uint8(3)));
  }

  /** {@code createCampaign} with the fixture's product, collection and shop #1. */
  public byte[] createCall(long stock, long opensAt, long closesAt, int minTier, Word purpose) {
    return fn(
        "createCampaign",
        b32(PRODUCT),
        u256(stock),
        new Uint64(opensAt),
        new Uint64(closesAt),
        u256(cards),
        new Uint8(minTier),
        b32(purpose),
        addr(ModulesFixture.SHOP));
  }

  /** A campaign by the brand (#0), open now for an hour; returns its id. */
  public long create(long stock, int minTier, Word purpose) {
    return AbiCalls.uint(
            chain.ok(
                ModulesFixture.ADMIN,
                SAMPLES,
                createCall(stock, now, now + 3600, minTier, purpose)))
        .longValueExact();
  }

  public Outcome claim(ChainAddress member, long campaign) {
    return chain.call(member, SAMPLES, fn("claim", u256(campaign)));
  }

  /** Claims and fails unless it succeeded; returns the purchase id. */
  public BigInteger claimed(ChainAddress member, long campaign) {
    return AbiCalls.uint(chain.ok(member, SAMPLES, fn("claim", u256(campaign))));
  }

  public BigInteger remaining(long campaign) {
    return chain.uint(SAMPLES, "remaining", u256(campaign));
  }

  /** {@code ratingDistribution(product)}: reviews with 1, 2, 3, 4 and 5 stars. */
  @SuppressWarnings("unchecked")
  public List<Long> ratingDistribution(Word product) {
    List<Uint256> counts =
        (List<Uint256>)
            AbiCalls.decode(
                    chain.view(REVIEWS, fn("ratingDistribution", b32(product))),
                    new TypeReference<StaticArray5<Uint256>>() {})
                .get(0)
                .getValue();
    return counts.stream().map(c -> c.getValue().longValueExact()).toList();
  }

  /** {@code member} grants {@code merchant} consent for {@code purpose}, without expiry. */
  public void grant(ChainAddress member, ChainAddress merchant, Word purpose) {
    chain.ok(
        member,
        CONSENT,
        fn("grantConsent", addr(merchant), b32(purpose), b32(Word.ZERO), new Uint64(0)));
  }
}
