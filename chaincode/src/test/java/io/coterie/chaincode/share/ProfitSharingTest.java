package io.coterie.chaincode.share;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.string;
import static io.coterie.chaincode.abi.AbiValues.uint256;
import static io.coterie.chaincode.share.ShareFixture.SHARING;
import static io.coterie.chaincode.share.ShareFixture.weights;
import static io.coterie.chaincode.support.ModulesFixture.ADMIN;
import static io.coterie.chaincode.support.ModulesFixture.GOVERNOR;
import static io.coterie.chaincode.support.ModulesFixture.SHOP;
import static io.coterie.chaincode.support.ModulesFixture.member;
import static io.coterie.chaincode.support.ModulesFixture.points;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.abi.StandardErrors;
import io.coterie.chaincode.loyalty.LoyaltyErrors;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.AbiCalls;
import io.coterie.chaincode.support.InMemoryWorld.LogEntry;
import io.coterie.chaincode.support.TestHost;
import java.math.BigInteger;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.utils.Numeric;

/** Opening, claiming, reclaiming and every refusal of the profit-sharing precompile. */
class ProfitSharingTest {
  private final ShareFixture f = new ShareFixture();
  private final List<ChainAddress> three = List.of(member(0), member(1), member(2));

  private BigInteger listedRound() {
    return f.openListed(1_000, 10, three, weights(1, 1, 1));
  }

  @Test
  void aListedRoundPullsTheAmountFromTheBrandAndSharesItProRataRoundedDown() {
    TestHost.Outcome opened =
        f.call(
            ADMIN,
            ShareCalls.openListedRound(
                f.program,
                BigInteger.valueOf(1_000),
                f.chain.block() + 10,
                three,
                weights(1, 1, 1)));

    assertThat(opened.succeeded()).as("%s", opened).isTrue();
    BigInteger id = AbiCalls.uint(opened.result().data());
    assertThat(id).isOne();
    assertThat(f.view(AbiCalls.fn("roundCount"))).isOne();
    assertThat(f.balanceOf(SHARING)).isEqualTo(1_000);
    assertThat(f.balanceOf(ADMIN)).isEqualTo(ShareFixture.BRAND_POINTS - 1_000);
    LogEntry event = opened.logs().get(opened.logs().size() - 1);
    assertThat(event.emitter()).isEqualTo(SHARING);
    assertThat(event.topics())
        .containsExactly(
            ProfitSharingEvents.ROUND_OPENED.topic0(),
            Word.of(1),
            Word.of(ADMIN),
            Word.of(f.program));
    assertThat(event.dataHex())
        .isEqualTo(
            Numeric.toHexString(
                ProfitSharingEvents.ROUND_OPENED.data(
                    uint256(1_000),
                    new Uint8(0),
                    uint256(0),
                    new Uint64(f.chain.block()),
                    new Uint64(f.chain.block() + 10),
                    uint256(3))));
    assertThat(f.view(ShareCalls.weightOf(id, member(1)))).isOne();
    assertThat(f.view(ShareCalls.weightOf(id, member(3)))).isZero();
    assertThat(f.view(ShareCalls.claimable(id, member(0)))).isEqualTo(333);

    TestHost.Outcome claimed = f.call(member(0), ShareCalls.claim(id));

    assertThat(claimed.succeeded()).as("%s", claimed).isTrue();
    assertThat(AbiCalls.uint(claimed.result().data())).isEqualTo(333);
    assertThat(f.balanceOf(member(0))).isEqualTo(333);
    assertThat(f.view(ShareCalls.claimed(id, member(0)))).isEqualTo(333);
    assertThat(f.view(ShareCalls.claimable(id, member(0)))).isZero();
    LogEntry claim = claimed.logs().get(claimed.logs().size() - 1);
    assertThat(claim.topics())
        .containsExactly(
            ProfitSharingEvents.SHARE_CLAIMED.topic0(), Word.of(1), Word.of(member(0)));
    assertThat(claim.dataHex())
        .isEqualTo(Numeric.toHexString(ProfitSharingEvents.SHARE_CLAIMED.data(uint256(333))));
  }

  @Test
  void roundInfoReturnsTheStoredTerms() {
    BigInteger id = listedRound();
    f.ok(member(2), ShareCalls.claim(id));

    @SuppressWarnings("rawtypes")
    List<Type> info =
        AbiCalls.decode(
            f.chain.view(SHARING, ShareCalls.roundInfo(id)),
            new TypeReference<Address>() {},
            new TypeReference<Uint256>() {},
            new TypeReference<Uint256>() {},
            new TypeReference<Uint8>() {},
            new TypeReference<Uint256>() {},
            new TypeReference<Uint64>() {},
            new TypeReference<Uint64>() {},
            new TypeReference<Uint256>() {},
            new TypeReference<Uint256>() {},
            new TypeReference<Bool>() {});
    assertThat(info.stream().map(t -> t.getValue().toString()))
        .containsExactly(
            ADMIN.toHex(),
            String.valueOf(f.program),
            "1000",
            "0",
            "0",
            String.valueOf(f.chain.block()),
            String.valueOf(f.chain.block() + 10),
            "3",
            "333",
            "false");
  }

  @Test
  void aMemberClaimsOnlyOnce() {
    BigInteger id = listedRound();
    f.ok(member(1), ShareCalls.claim(id));

    assertThat(f.revert(member(1), ShareCalls.claim(id)))
        .isEqualTo(
            ProfitSharingErrors.ALREADY_CLAIMED.encode(
                uint256(id), address(member(1)), uint256(333)));
    assertThat(f.balanceOf(member(1))).isEqualTo(333);
  }

  @Test
  void someoneWithoutWeightHasNothingToClaim() {
    BigInteger id = listedRound();

    assertThat(f.revert(member(4), ShareCalls.claim(id)))
        .isEqualTo(ProfitSharingErrors.NOTHING_TO_CLAIM.encode(uint256(id), address(member(4))));
  }

  @Test
  void claimsEndAtTheExpiryBlockAndThenTheFunderGetsTheRestWithTheRemainder() {
    BigInteger id = listedRound();
    f.ok(member(0), ShareCalls.claim(id));
    long expiry = f.chain.block() + 10;
    f.chain.mine(9);
    assertThat(f.revert(ADMIN, ShareCalls.reclaimExpired(id)))
        .isEqualTo(
            ProfitSharingErrors.ROUND_NOT_EXPIRED.encode(
                uint256(id), new Uint64(expiry), new Uint64(expiry - 1)));
    f.ok(member(1), ShareCalls.claim(id));
    f.chain.mine(1);

    assertThat(f.revert(member(2), ShareCalls.claim(id)))
        .isEqualTo(
            ProfitSharingErrors.ROUND_EXPIRED.encode(
                uint256(id), new Uint64(expiry), new Uint64(expiry)));
    assertThat(f.view(ShareCalls.claimable(id, member(2)))).isZero();
    BigInteger before = f.balanceOf(ADMIN);
    TestHost.Outcome reclaimed = f.call(member(5), ShareCalls.reclaimExpired(id));

    assertThat(reclaimed.succeeded()).as("%s", reclaimed).isTrue();
    assertThat(AbiCalls.uint(reclaimed.result().data())).isEqualTo(334);
    assertThat(f.balanceOf(ADMIN)).isEqualTo(before.add(BigInteger.valueOf(334)));
    assertThat(f.balanceOf(SHARING)).isZero();
    LogEntry event = reclaimed.logs().get(reclaimed.logs().size() - 1);
    assertThat(event.topics())
        .containsExactly(ProfitSharingEvents.ROUND_RECLAIMED.topic0(), Word.of(1), Word.of(ADMIN));
    assertThat(f.revert(ADMIN, ShareCalls.reclaimExpired(id)))
        .isEqualTo(ProfitSharingErrors.ALREADY_RECLAIMED.encode(uint256(id)));
  }

  @Test
  void aRoundFullyClaimedReclaimsOnlyTheRemainder() {
    BigInteger id = f.openListed(10, 5, three, weights(1, 1, 1));
    three.forEach(m -> f.ok(m, ShareCalls.claim(id)));
    f.chain.mine(5);

    assertThat(f.ok(ADMIN, ShareCalls.reclaimExpired(id))).isOne();
  }

  @Test
  void unknownRoundsAreRefusedByEveryFunction() {
    BigInteger missing = BigInteger.valueOf(7);
    byte[] error = ProfitSharingErrors.UNKNOWN_ROUND.encode(uint256(missing));
    for (byte[] input :
        List.of(
            ShareCalls.claim(missing),
            ShareCalls.reclaimExpired(missing),
            ShareCalls.roundInfo(missing),
            ShareCalls.weightOf(missing, member(0)),
            ShareCalls.claimable(missing, member(0)),
            ShareCalls.claimed(missing, member(0)))) {
      assertThat(f.revert(member(0), input)).isEqualTo(error);
    }
    assertThat(f.revert(member(0), ShareCalls.claim(BigInteger.ZERO)))
        .as("ids start at 1")
        .isEqualTo(ProfitSharingErrors.UNKNOWN_ROUND.encode(uint256(0)));
  }

  @Test
  void onlyABrandOrTheGovernorOpensARound() {
    byte[] open =
        ShareCalls.openListedRound(
            f.program, BigInteger.TEN, f.chain.block() + 5, three, weights(1, 1, 1));

    assertThat(f.revert(SHOP, open))
        .isEqualTo(ProfitSharingErrors.NOT_ROUND_OPENER.encode(address(SHOP)));
    assertThat(f.revert(GOVERNOR, open))
        .as("the governor passes the role check; it has no allowance")
        .isEqualTo(
            LoyaltyErrors.ERC20_INSUFFICIENT_ALLOWANCE.encode(
                address(SHARING), uint256(0), uint256(10)));
  }

  @Test
  void withoutEnoughAllowanceNothingOpens() {
    f.approve(ADMIN, BigInteger.valueOf(5));

    assertThat(
            f.revert(
                ADMIN,
                ShareCalls.openListedRound(
                    f.program, BigInteger.TEN, f.chain.block() + 5, three, weights(1, 1, 1))))
        .isEqualTo(
            LoyaltyErrors.ERC20_INSUFFICIENT_ALLOWANCE.encode(
                address(SHARING), uint256(5), uint256(10)));
    assertThat(f.view(AbiCalls.fn("roundCount"))).isZero();
  }

  @Test
  void badTermsAreRefusedWithWhatIsWrong() {
    long now = f.chain.block();
    assertThat(open(f.program, 0, now + 5)).isEqualTo(ProfitSharingErrors.ZERO_AMOUNT.encode());
    assertThat(open(99, 10, now + 5))
        .isEqualTo(ProfitSharingErrors.UNKNOWN_PROGRAM.encode(uint256(99)));
    assertThat(open(f.program, 10, now))
        .isEqualTo(ProfitSharingErrors.EXPIRY_NOT_FUTURE.encode(new Uint64(now), new Uint64(now)));
    long locked = f.chain.createProgram("Locked", false, 0);
    assertThat(open(locked, 10, now + 5))
        .isEqualTo(
            ProfitSharingErrors.PROGRAM_NOT_SHAREABLE.encode(
                uint256(locked),
                string("its points are not transferable; share a transferable program")));
    long expiring = f.chain.createProgram("Expiring", true, 86_400);
    assertThat(new String(open(expiring, 10, now + 5), java.nio.charset.StandardCharsets.UTF_8))
        .contains("never expire");
  }

  private byte[] open(long program, long amount, long expiry) {
    return f.revert(
        ADMIN,
        ShareCalls.openListedRound(
            program, BigInteger.valueOf(amount), expiry, three, weights(1, 1, 1)));
  }

  @Test
  void badListsAreRefusedWithWhatIsWrong() {
    long expiry = f.chain.block() + 5;
    assertThat(list(three, weights(1, 1), expiry))
        .isEqualTo(ProfitSharingErrors.LIST_LENGTH_MISMATCH.encode(uint256(3), uint256(2)));
    assertThat(list(List.of(), List.of(), expiry))
        .isEqualTo(ProfitSharingErrors.INVALID_LIST_SIZE.encode(uint256(0), uint256(200)));
    List<ChainAddress> many = Collections.nCopies(201, member(0));
    assertThat(list(many, Collections.nCopies(201, BigInteger.ONE), expiry))
        .isEqualTo(ProfitSharingErrors.INVALID_LIST_SIZE.encode(uint256(201), uint256(200)));
    assertThat(list(List.of(member(0), ChainAddress.ZERO), weights(1, 1), expiry))
        .isEqualTo(
            ProfitSharingErrors.INVALID_LISTED_MEMBER.encode(
                address(ChainAddress.ZERO), uint256(1)));
    assertThat(list(List.of(member(0), member(1)), weights(1, 0), expiry))
        .isEqualTo(
            ProfitSharingErrors.INVALID_LISTED_MEMBER.encode(address(member(1)), uint256(0)));
    BigInteger tooHeavy = RoundOpening.MAX_LISTED_WEIGHT.add(BigInteger.ONE);
    assertThat(list(List.of(member(0)), List.of(tooHeavy), expiry))
        .isEqualTo(
            ProfitSharingErrors.INVALID_LISTED_MEMBER.encode(
                address(member(0)), new Uint256(tooHeavy)));
    assertThat(list(List.of(member(0), member(1), member(0)), weights(1, 2, 3), expiry))
        .isEqualTo(ProfitSharingErrors.DUPLICATE_MEMBER.encode(address(member(0))));
  }

  private byte[] list(List<ChainAddress> members, List<BigInteger> weights, long expiry) {
    return f.revert(
        ADMIN, ShareCalls.openListedRound(f.program, BigInteger.TEN, expiry, members, weights));
  }

  @Test
  void aRoundIsNotPayableAndViewsAreReadOnly() {
    TestHost.Outcome paid =
        f.chain.host.run(
            ADMIN, SHARING, ShareCalls.claim(BigInteger.ONE), BigInteger.ONE, false, 1_000_000);
    assertThat(paid.result().data()).isEqualTo(StandardErrors.NOT_PAYABLE.encode(uint256(1)));
    TestHost.Outcome inView =
        f.chain.host.staticCall(ADMIN, SHARING, ShareCalls.claim(BigInteger.ONE));
    assertThat(inView.succeeded()).isFalse();
  }

  @Test
  void theClaimedPointsArriveThroughTheTokensOwnTransfer() {
    BigInteger id = listedRound();
    TestHost.Outcome claimed = f.call(member(2), ShareCalls.claim(id));

    assertThat(claimed.logs())
        .anySatisfy(
            log -> {
              assertThat(log.emitter()).isEqualTo(points(f.program));
              assertThat(log.topics()).contains(Word.of(SHARING), Word.of(member(2)));
            });
  }
}
