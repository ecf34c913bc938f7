package io.coterie.chaincode.loyalty;

import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.b32;
import static io.coterie.chaincode.support.AbiCalls.fn;
import static io.coterie.chaincode.support.AbiCalls.u256;
import static io.coterie.chaincode.support.ModulesFixture.ADMIN;
import static io.coterie.chaincode.support.ModulesFixture.LOYALTY;
import static io.coterie.chaincode.support.ModulesFixture.MEMBER_KEYS;
import static io.coterie.chaincode.support.ModulesFixture.OUTSIDER;
import static io.coterie.chaincode.support.ModulesFixture.SHOP;
import static io.coterie.chaincode.support.ModulesFixture.member;
import static io.coterie.chaincode.support.ModulesFixture.points;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.abi.AbiValues;
import io.coterie.chaincode.abi.Checkpoints;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.AbiCalls;
import io.coterie.chaincode.support.ModulesFixture;
import io.coterie.chaincode.support.TestHost.Outcome;
import io.coterie.chaincode.support.TypedDataSigner;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint48;

/** ERC-5805 votes of a points program: enabled once, for non-expiring points, checkpointed. */
class LoyaltyVotesTest {
  private final ModulesFixture chain = new ModulesFixture();
  private final long id = chain.createProgram("Vote Points", true, 0);
  private final ChainAddress token = points(id);

  private long votes(ChainAddress account) {
    return chain.uint(token, "getVotes", addr(account)).longValueExact();
  }

  private long pastVotes(ChainAddress account, long block) {
    return chain.uint(token, "getPastVotes", addr(account), u256(block)).longValueExact();
  }

  private long pastSupply(long block) {
    return chain.uint(token, "getPastTotalSupply", u256(block)).longValueExact();
  }

  @Test
  void onlyNonExpiringPointsCanVoteAndOnlyOnce() {
    long expiring = chain.createProgram("Expiring Points", true, 86_400);

    assertThat(chain.call(ADMIN, LOYALTY, fn("enableVotes", u256(expiring))).result().data())
        .isEqualTo(
            LoyaltyErrors.VOTES_NEED_NON_EXPIRING_POINTS.encode(
                AbiValues.uint256(expiring), new org.web3j.abi.datatypes.generated.Uint64(86_400)));
    assertThat(chain.call(member(0), token, fn("delegate", addr(member(0)))).result().data())
        .isEqualTo(LoyaltyErrors.VOTES_NOT_ENABLED.encode(AbiValues.uint256(id)));
    assertThat(chain.call(OUTSIDER, LOYALTY, fn("enableVotes", u256(id))).result().data())
        .isEqualTo(
            LoyaltyErrors.NOT_PROGRAM_ADMIN.encode(
                AbiValues.uint256(id), AbiValues.address(OUTSIDER)));
    chain.ok(ADMIN, LOYALTY, fn("enableVotes", u256(id)));
    assertThat(chain.call(ADMIN, LOYALTY, fn("enableVotes", u256(id))).result().data())
        .isEqualTo(LoyaltyErrors.VOTES_ALREADY_ENABLED.encode(AbiValues.uint256(id)));
    assertThat(AbiCalls.bool(chain.view(LOYALTY, fn("votesEnabled", u256(id))))).isTrue();
    assertThat(AbiCalls.string(chain.view(token, fn("CLOCK_MODE"))))
        .isEqualTo("mode=blocknumber&from=default");
  }

  @Test
  void theTotalStartsAtTheSupplyWhenEnabledAndHoldersCountOnceTheyDelegate() {
    chain.award(id, member(0), 300);
    chain.ok(ADMIN, LOYALTY, fn("enableVotes", u256(id)));
    long enabled = chain.block();
    chain.award(id, member(1), 200);
    assertThat(votes(member(0))).as("not delegated yet").isZero();

    chain.ok(member(0), token, fn("delegate", addr(member(0))));
    chain.ok(member(1), token, fn("delegate", addr(member(2))));
    long delegated = chain.block();
    chain.mine(1);
    chain.ok(member(0), token, fn("transfer", addr(member(1)), u256(100)));
    chain.ok(member(1), token, fn("redeem", u256(50), b32(Word.keccak("redeem-1"))));
    long moved = chain.block();
    chain.mine(1);

    assertThat(pastSupply(enabled - 1)).as("before votes were enabled").isZero();
    assertThat(pastSupply(delegated)).isEqualTo(500);
    assertThat(pastVotes(member(0), delegated)).isEqualTo(300);
    assertThat(pastVotes(member(2), delegated)).isEqualTo(200);
    assertThat(pastVotes(member(0), moved)).isEqualTo(200);
    assertThat(pastVotes(member(2), moved)).isEqualTo(250);
    assertThat(pastSupply(moved)).isEqualTo(450);
    assertThat(
            chain
                .call(OUTSIDER, token, fn("getPastVotes", addr(member(0)), u256(chain.block())))
                .result()
                .data())
        .isEqualTo(
            LoyaltyErrors.ERC5805_FUTURE_LOOKUP.encode(
                AbiValues.uint256(chain.block()), new Uint48(chain.block())));
  }

  @Test
  void delegateBySigSharesThePermitNonces() {
    chain.ok(ADMIN, LOYALTY, fn("enableVotes", u256(id)));
    chain.award(id, member(3), 40);
    long expiry = chain.host.block().timestampSeconds() + 60;
    TypedDataSigner.Vrs sig =
        TypedDataSigner.delegation(MEMBER_KEYS.get(3), "Vote Points", token, member(4), 0, expiry);

    Outcome delegated =
        chain.call(
            OUTSIDER,
            token,
            fn("delegateBySig", addr(member(4)), u256(0), u256(expiry), sig.v(), sig.r(), sig.s()));

    assertThat(delegated.succeeded()).as("%s", delegated).isTrue();
    assertThat(votes(member(4))).isEqualTo(40);
    assertThat(AbiCalls.address(chain.view(token, fn("delegates", addr(member(3))))))
        .isEqualTo(member(4));
    assertThat(chain.uint(token, "nonces", addr(member(3)))).isOne();
  }

  @Test
  void aVotesProgramCapsItsSupplyAtUint208() {
    chain.ok(ADMIN, LOYALTY, fn("enableVotes", u256(id)));
    BigInteger tooMuch = Checkpoints.MAX_VALUE.add(BigInteger.ONE);

    Outcome refused =
        chain.call(
            SHOP,
            token,
            fn("award", addr(member(0)), new Uint256(tooMuch), b32(Word.keccak("whale"))));

    assertThat(refused.result().data())
        .isEqualTo(
            LoyaltyErrors.ERC20_EXCEEDED_SAFE_SUPPLY.encode(
                AbiValues.uint256(tooMuch), AbiValues.uint256(Checkpoints.MAX_VALUE)));
  }

  @Test
  void theProgramChangesOwnersInTwoSteps() {
    assertThat(AbiCalls.address(chain.view(token, fn("owner")))).isEqualTo(ADMIN);
    assertThat(chain.call(OUTSIDER, token, fn("transferOwnership", addr(OUTSIDER))).result().data())
        .isEqualTo(LoyaltyErrors.OWNABLE_UNAUTHORIZED_ACCOUNT.encode(AbiValues.address(OUTSIDER)));
    chain.ok(ADMIN, token, fn("transferOwnership", addr(OUTSIDER)));
    assertThat(chain.call(OUTSIDER, token, fn("acceptOwnership")).result().data())
        .as("an owner must be a brand or the governor")
        .isEqualTo(
            LoyaltyErrors.UNAUTHORIZED_ACCOUNT.encode(
                AbiValues.address(OUTSIDER),
                AbiValues.bytes32(io.coterie.chaincode.roles.StandardRoles.BRAND_ROLE)));
    assertThat(AbiCalls.address(chain.view(token, fn("owner")))).isEqualTo(ADMIN);
  }
}
