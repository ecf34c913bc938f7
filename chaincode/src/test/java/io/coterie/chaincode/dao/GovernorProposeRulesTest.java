package io.coterie.chaincode.dao;

import static io.coterie.chaincode.dao.GovernorFixture.ADMIN;
import static io.coterie.chaincode.dao.GovernorFixture.GOVERNOR;
import static io.coterie.chaincode.dao.GovernorFixture.NEWCOMER;
import static io.coterie.chaincode.dao.GovernorFixture.OUTSIDER;
import static io.coterie.chaincode.dao.GovernorFixture.ROLES;
import static io.coterie.chaincode.dao.GovernorFixture.member;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.abi.AbiValues;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.TestHost.Outcome;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.abi.datatypes.generated.Uint48;
import org.web3j.abi.datatypes.generated.Uint8;

/** What propose refuses, and the lookups that have no answer, each with OZ's exact error. */
class GovernorProposeRulesTest {
  private final GovernorFixture chain = new GovernorFixture();

  private GovernorCalls.Proposal admitNewcomer() {
    return GovernorCalls.Proposal.of(
        ROLES,
        GovernorLifecycleTest.roleCall("grantRole", StandardRoles.MEMBER_ROLE, NEWCOMER),
        "Admit the newcomer");
  }

  private static byte[] grantMember(io.coterie.chaincode.spi.ChainAddress account) {
    return GovernorLifecycleTest.roleCall("grantRole", StandardRoles.MEMBER_ROLE, account);
  }

  @Test
  void anAccountWithoutCardsCannotPropose() {
    Outcome outcome = chain.call(OUTSIDER, GovernorCalls.propose(admitNewcomer()));

    assertThat(outcome.result().data())
        .isEqualTo(
            GovernorErrors.INSUFFICIENT_PROPOSER_VOTES.encode(
                AbiValues.address(OUTSIDER), AbiValues.uint256(0), AbiValues.uint256(1)));
  }

  @Test
  void theSameProposalCannotBeMadeTwice() {
    BigInteger id = chain.propose(member(0), admitNewcomer());

    Outcome again = chain.call(member(1), GovernorCalls.propose(admitNewcomer()));

    assertThat(again.result().data())
        .isEqualTo(
            GovernorErrors.UNEXPECTED_PROPOSAL_STATE.encode(
                AbiValues.uint256(id), new Uint8(0), AbiValues.bytes32(Word.ZERO)));
  }

  @Test
  void callsWithValueAreRefusedAtProposalTime() {
    GovernorCalls.Proposal paying =
        new GovernorCalls.Proposal(
            List.of(ROLES), List.of(BigInteger.valueOf(5)), List.of("0x"), "Pay");

    Outcome outcome = chain.call(member(0), GovernorCalls.propose(paying));

    assertThat(outcome.result().data())
        .isEqualTo(
            GovernorErrors.CALL_VALUE_NOT_SUPPORTED.encode(
                AbiValues.uint256(0), AbiValues.uint256(5)));
  }

  @Test
  void arraysOfDifferentLengthsAreRefused() {
    GovernorCalls.Proposal uneven =
        new GovernorCalls.Proposal(List.of(ROLES), List.of(BigInteger.ZERO), List.of(), "Uneven");

    Outcome outcome = chain.call(member(0), GovernorCalls.propose(uneven));

    assertThat(outcome.result().data())
        .isEqualTo(
            GovernorErrors.INVALID_PROPOSAL_LENGTH.encode(
                AbiValues.uint256(1), AbiValues.uint256(0), AbiValues.uint256(1)));
  }

  @Test
  void aDescriptionReservedForAnotherProposerIsRefused() {
    String reserved = "Admit the newcomer#proposer=" + member(1).toHex();
    GovernorCalls.Proposal p = GovernorCalls.Proposal.of(ROLES, grantMember(NEWCOMER), reserved);

    Outcome byOther = chain.call(member(0), GovernorCalls.propose(p));
    Outcome byOwner = chain.call(member(1), GovernorCalls.propose(p));

    assertThat(byOther.result().data())
        .isEqualTo(GovernorErrors.RESTRICTED_PROPOSER.encode(AbiValues.address(member(0))));
    assertThat(byOwner.succeeded()).isTrue();
  }

  @Test
  void theStateOfAnUnknownProposalRevertsWithNonexistentProposal() {
    Outcome outcome = chain.host.staticCall(ADMIN, GOVERNOR, GovernorCalls.state(BigInteger.TEN));

    assertThat(outcome.result().data())
        .isEqualTo(GovernorErrors.NONEXISTENT_PROPOSAL.encode(AbiValues.uint256(10)));
  }

  @Test
  void votesOfTheCurrentBlockAreAFutureLookup() {
    Outcome outcome =
        chain.host.staticCall(ADMIN, GOVERNOR, GovernorCalls.getVotes(member(0), chain.block()));

    assertThat(outcome.result().data())
        .isEqualTo(
            GovernorErrors.FUTURE_LOOKUP.encode(
                AbiValues.uint256(chain.block()), new Uint48(chain.block())));
    assertThat(chain.uintView(GovernorCalls.getVotes(member(0), chain.block() - 1))).isOne();
  }
}
