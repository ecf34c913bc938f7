package io.coterie.chaincode.membership;

import static io.coterie.chaincode.membership.CardsFixture.ALICE;
import static io.coterie.chaincode.membership.CardsFixture.BOB;
import static io.coterie.chaincode.membership.CardsFixture.BRAND;
import static io.coterie.chaincode.membership.CardsFixture.CAROL;
import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.fn;
import static io.coterie.chaincode.support.AbiCalls.u256;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.AbiCalls;
import io.coterie.chaincode.support.InMemoryWorld.LogEntry;
import io.coterie.chaincode.support.TestHost.Outcome;
import org.junit.jupiter.api.Test;
import org.web3j.abi.datatypes.generated.Uint48;

class VotesTest {
  private final CardsFixture chain = new CardsFixture();
  private final ChainAddress token = chain.create("Cards", true);
  private final CardVotesReader reader = new CardVotesReader();

  @Test
  void clockIsTheBlockNumberInOzDefaultMode() {
    chain.host.advance(41, 82);

    assertThat(chain.uintView(token, "clock")).isEqualTo(42);
    assertThat(AbiCalls.string(chain.view(token, fn("CLOCK_MODE"))))
        .isEqualTo("mode=blocknumber&from=default");
  }

  @Test
  void everyHolderVotesWithOneCardWithoutDelegating() {
    chain.ok(BRAND, token, CardsFixture.airdrop(java.util.List.of(ALICE, BOB), 0));

    assertThat(chain.uintView(token, "getVotes", addr(ALICE))).isOne();
    assertThat(AbiCalls.address(chain.view(token, fn("delegates", addr(BOB))))).isEqualTo(BOB);
    assertThat(reader.getVotes(chain.host.world(), 0, BOB)).isOne();
  }

  @Test
  void delegatingMovesVotesAndLaterCardsFollowTheDelegatee() {
    chain.mintAs(token, ALICE);

    Outcome delegation = chain.host.call(ALICE, token, fn("delegate", addr(CAROL)));
    chain.mintAs(token, ALICE);

    assertThat(delegation.logs())
        .extracting(LogEntry::topics)
        .containsExactly(
            MembershipEvents.DELEGATE_CHANGED.topics(
                Word.of(ALICE), Word.of(ALICE), Word.of(CAROL)),
            MembershipEvents.DELEGATE_VOTES_CHANGED.topics(Word.of(ALICE)),
            MembershipEvents.DELEGATE_VOTES_CHANGED.topics(Word.of(CAROL)));
    assertThat(chain.uintView(token, "getVotes", addr(ALICE))).isZero();
    assertThat(chain.uintView(token, "getVotes", addr(CAROL))).isEqualTo(2);
  }

  @Test
  void undelegatingToZeroIsRespectedWhenMoreCardsArrive() {
    chain.mintAs(token, ALICE);
    chain.ok(ALICE, token, fn("delegate", addr(ChainAddress.ZERO)));

    chain.mintAs(token, ALICE);

    assertThat(chain.uintView(token, "getVotes", addr(ALICE))).isZero();
    assertThat(AbiCalls.address(chain.view(token, fn("delegates", addr(ALICE)))))
        .isEqualTo(ChainAddress.ZERO);
  }

  @Test
  void pastVotesAndSupplyAreReadAtCheckpoints() {
    long start = chain.host.block().number();
    chain.mintAs(token, ALICE);
    chain.host.advance(5, 10);
    chain.mintAs(token, BOB);
    chain.ok(BOB, token, fn("delegate", addr(ALICE)));
    chain.host.advance(5, 10);

    assertThat(chain.uintView(token, "getPastVotes", addr(ALICE), u256(start - 1))).isZero();
    assertThat(chain.uintView(token, "getPastVotes", addr(ALICE), u256(start))).isOne();
    assertThat(chain.uintView(token, "getPastVotes", addr(ALICE), u256(start + 4))).isOne();
    assertThat(chain.uintView(token, "getPastVotes", addr(ALICE), u256(start + 5))).isEqualTo(2);
    assertThat(chain.uintView(token, "getPastVotes", addr(BOB), u256(start + 5))).isZero();
    assertThat(chain.uintView(token, "getPastTotalSupply", u256(start + 4))).isOne();
    assertThat(chain.uintView(token, "getPastTotalSupply", u256(start + 9))).isEqualTo(2);
    assertThat(reader.getPastVotes(chain.host.world(), 0, ALICE, start + 4)).isOne();
    assertThat(reader.getPastTotalSupply(chain.host.world(), 0, start + 5)).isEqualTo(2);
    assertThat(reader.balanceOf(chain.host.world(), 0, BOB)).isOne();
    assertThat(reader.getPastVotes(chain.host.world(), 9, ALICE, start + 5)).isZero();
  }

  @Test
  void lookingUpTheCurrentOrAFutureBlockRevertsErc5805FutureLookup() {
    long now = chain.host.block().number();

    Outcome outcome = chain.host.call(ALICE, token, fn("getPastVotes", addr(ALICE), u256(now)));
    Outcome supply = chain.host.call(ALICE, token, fn("getPastTotalSupply", u256(now + 9)));

    assertThat(outcome.result().data())
        .isEqualTo(MembershipErrors.ERC5805_FUTURE_LOOKUP.encode(u256(now), new Uint48(now)));
    assertThat(supply.result().data())
        .isEqualTo(MembershipErrors.ERC5805_FUTURE_LOOKUP.encode(u256(now + 9), new Uint48(now)));
  }
}
