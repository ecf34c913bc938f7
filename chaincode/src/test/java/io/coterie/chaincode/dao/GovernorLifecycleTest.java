package io.coterie.chaincode.dao;

import static io.coterie.chaincode.dao.GovernorFixture.ADMIN;
import static io.coterie.chaincode.dao.GovernorFixture.GOVERNOR;
import static io.coterie.chaincode.dao.GovernorFixture.NEWCOMER;
import static io.coterie.chaincode.dao.GovernorFixture.OUTSIDER;
import static io.coterie.chaincode.dao.GovernorFixture.ROLES;
import static io.coterie.chaincode.dao.GovernorFixture.member;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.abi.AbiValues;
import io.coterie.chaincode.roles.RolesErrors;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.InMemoryWorld.LogEntry;
import io.coterie.chaincode.support.TestHost.Outcome;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.utils.Numeric;

/** A whole proposal from propose to execute, and each step's refusals, as OZ 5 Governor behaves. */
class GovernorLifecycleTest {
  private final GovernorFixture chain = new GovernorFixture();

  private static byte[] grantMember(io.coterie.chaincode.spi.ChainAddress account) {
    return roleCall("grantRole", StandardRoles.MEMBER_ROLE, account);
  }

  static byte[] roleCall(String name, Word role, io.coterie.chaincode.spi.ChainAddress account) {
    return Numeric.hexStringToByteArray(
        FunctionEncoder.encode(
            new Function(
                name,
                List.of(new Bytes32(role.bytes()), new Address(account.toHex())),
                List.of())));
  }

  private GovernorCalls.Proposal admitNewcomer() {
    return GovernorCalls.Proposal.of(ROLES, grantMember(NEWCOMER), "Admit the newcomer");
  }

  /** Votes {@code forVotes} members for, then ends the voting period. */
  private BigInteger passed(GovernorCalls.Proposal proposal, int forVotes) {
    BigInteger id = chain.propose(member(0), proposal);
    chain.mine(2);
    for (int i = 0; i < forVotes; i++) {
      chain.vote(member(i), id, VoteType.FOR);
    }
    chain.mine(GovernorParameters.DEVNET.votingPeriod());
    return id;
  }

  @Test
  void membersAdmitANewMemberThroughTheRealRolesPrecompileInUnderAMinute() {
    long start = chain.block();
    BigInteger id = chain.propose(member(0), admitNewcomer());
    assertThat(chain.state(id)).isEqualTo(ProposalState.PENDING);
    chain.mine(1);
    assertThat(chain.state(id)).isEqualTo(ProposalState.PENDING);
    chain.mine(1);
    assertThat(chain.state(id)).isEqualTo(ProposalState.ACTIVE);
    for (int i = 0; i < 4; i++) {
      chain.vote(member(i), id, VoteType.FOR);
    }
    chain.mine(GovernorParameters.DEVNET.votingPeriod() - 1);
    assertThat(chain.state(id)).isEqualTo(ProposalState.ACTIVE);
    chain.mine(1);
    assertThat(chain.state(id)).isEqualTo(ProposalState.SUCCEEDED);

    Outcome executed = chain.call(OUTSIDER, GovernorCalls.execute(admitNewcomer()));

    assertThat(executed.succeeded()).as("%s", executed).isTrue();
    assertThat(new BigInteger(1, executed.result().data())).isEqualTo(id);
    assertThat(chain.hasRole(StandardRoles.MEMBER_ROLE, NEWCOMER)).isTrue();
    assertThat(chain.state(id)).isEqualTo(ProposalState.EXECUTED);
    assertThat(executed.logs())
        .containsExactly(
            new LogEntry(
                ROLES,
                List.of(
                    Word.keccak("RoleGranted(bytes32,address,address)"),
                    StandardRoles.MEMBER_ROLE,
                    Word.of(NEWCOMER),
                    Word.of(GOVERNOR)),
                "0x"),
            new LogEntry(
                GOVERNOR,
                List.of(Word.keccak("ProposalExecuted(uint256)")),
                Numeric.toHexString(Word.of(id).bytes())));
    assertThat(chain.block() - start).as("blocks of 1 s").isLessThan(60);
  }

  @Test
  void proposeRecordsOzScheduleAndEmitsProposalCreated() {
    long now = chain.block();
    Outcome outcome = chain.call(member(1), GovernorCalls.propose(admitNewcomer()));

    BigInteger id = new BigInteger(1, outcome.result().data());
    assertThat(id).isEqualTo(chain.uintView(GovernorCalls.hashProposal(admitNewcomer())));
    assertThat(chain.uintView(GovernorCalls.uintArg("proposalSnapshot", id))).isEqualTo(now + 1);
    assertThat(chain.uintView(GovernorCalls.uintArg("proposalDeadline", id))).isEqualTo(now + 21);
    assertThat(chain.view(GovernorCalls.uintArg("proposalProposer", id)))
        .isEqualTo(Word.of(member(1)).bytes());
    assertThat(chain.uintView(GovernorCalls.uintArg("proposalEta", id))).isZero();
    assertThat(chain.uintView(GovernorCalls.uintArg("proposalNeedsQueuing", id))).isZero();
    LogEntry log = outcome.logs().get(0);
    assertThat(log.emitter()).isEqualTo(GOVERNOR);
    assertThat(log.topics())
        .containsExactly(
            Word.keccak(
                "ProposalCreated(uint256,address,address[],uint256[],string[],bytes[],uint256,uint256,string)"));
    ProposalCreatedEvent event = ProposalCreatedEvent.decode(log.dataHex());
    assertThat(event.proposalId()).isEqualTo(id);
    assertThat(event.proposer()).isEqualTo(member(1));
    assertThat(event.targets()).containsExactly(ROLES);
    assertThat(event.values()).containsExactly(BigInteger.ZERO);
    assertThat(event.signatures()).containsExactly("");
    assertThat(event.calldatasHex()).containsExactly(Numeric.toHexString(grantMember(NEWCOMER)));
    assertThat(event.voteStart()).isEqualTo(now + 1);
    assertThat(event.voteEnd()).isEqualTo(now + 21);
    assertThat(event.description()).isEqualTo("Admit the newcomer");
  }

  @Test
  void threeOfSixVotesMissTheQuorumAndTheProposalIsDefeated() {
    BigInteger id = passed(admitNewcomer(), 3);

    assertThat(chain.state(id)).isEqualTo(ProposalState.DEFEATED);
    Outcome execute = chain.call(ADMIN, GovernorCalls.execute(admitNewcomer()));
    assertThat(execute.result().data())
        .isEqualTo(
            GovernorErrors.UNEXPECTED_PROPOSAL_STATE.encode(
                AbiValues.uint256(id), new Uint8(3), AbiValues.bytes32(Word.of(0x30))));
    assertThat(chain.hasRole(StandardRoles.MEMBER_ROLE, NEWCOMER)).isFalse();
  }

  @Test
  void abstentionsCountTowardsQuorumButNotTowardsSuccess() {
    BigInteger id = chain.propose(member(0), admitNewcomer());
    chain.mine(2);
    chain.vote(member(0), id, VoteType.FOR);
    chain.vote(member(1), id, VoteType.ABSTAIN);
    chain.vote(member(2), id, VoteType.ABSTAIN);
    chain.vote(member(3), id, VoteType.ABSTAIN);
    chain.mine(21);

    assertThat(chain.state(id)).isEqualTo(ProposalState.SUCCEEDED);
    assertThat(chain.view(GovernorCalls.uintArg("proposalVotes", id)))
        .isEqualTo(
            AbiValues.encode(AbiValues.uint256(0), AbiValues.uint256(1), AbiValues.uint256(3)));
  }

  @Test
  void moreAgainstThanForDefeatsAProposalThatReachedQuorum() {
    BigInteger id = chain.propose(member(0), admitNewcomer());
    chain.mine(2);
    chain.vote(member(0), id, VoteType.FOR);
    chain.vote(member(1), id, VoteType.FOR);
    chain.vote(member(2), id, VoteType.AGAINST);
    chain.vote(member(3), id, VoteType.AGAINST);
    chain.mine(21);

    assertThat(chain.state(id)).isEqualTo(ProposalState.DEFEATED);
  }

  @Test
  void votesAreWeighedAtTheSnapshotNotWhenCast() {
    BigInteger id = chain.propose(member(0), admitNewcomer());
    chain.mine(2);
    chain.giveCards(member(1), 5); // after the snapshot: does not count
    chain.giveCards(member(2), -1); // gave the card away after the snapshot: still counts
    chain.mine(1);

    Outcome late = chain.call(member(1), GovernorCalls.castVote(id, 1));
    Outcome seller = chain.call(member(2), GovernorCalls.castVote(id, 1));

    assertThat(new BigInteger(1, late.result().data())).isOne();
    assertThat(new BigInteger(1, seller.result().data())).isOne();
    assertThat(seller.logs())
        .containsExactly(
            new LogEntry(
                GOVERNOR,
                List.of(
                    Word.keccak("VoteCast(address,uint256,uint8,uint256,string)"),
                    Word.of(member(2))),
                Numeric.toHexString(
                    AbiValues.encode(
                        AbiValues.uint256(id),
                        new Uint8(1),
                        AbiValues.uint256(1),
                        AbiValues.string("")))));
    assertThat(chain.view(GovernorCalls.hasVoted(id, member(2))))
        .isEqualTo(AbiValues.encode(AbiValues.bool(true)));
    assertThat(chain.view(GovernorCalls.hasVoted(id, member(3))))
        .isEqualTo(AbiValues.encode(AbiValues.bool(false)));
  }

  @Test
  void castVoteWithReasonAndParamsEmitsTheMatchingEvent() {
    BigInteger id = chain.propose(member(0), admitNewcomer());
    chain.mine(2);

    Outcome withReason =
        chain.call(member(0), GovernorCalls.castVoteWithReason(id, 2, "no opinion"));
    Outcome withParams =
        chain.call(
            member(1), GovernorCalls.castVoteWithReasonAndParams(id, 0, "no", new byte[] {7}));

    assertThat(withReason.logs().get(0).dataHex())
        .isEqualTo(
            Numeric.toHexString(
                AbiValues.encode(
                    AbiValues.uint256(id),
                    new Uint8(2),
                    AbiValues.uint256(1),
                    AbiValues.string("no opinion"))));
    assertThat(withParams.logs().get(0).topics())
        .containsExactly(
            Word.keccak("VoteCastWithParams(address,uint256,uint8,uint256,string,bytes)"),
            Word.of(member(1)));
    assertThat(withParams.logs().get(0).dataHex())
        .isEqualTo(
            Numeric.toHexString(
                AbiValues.encode(
                    AbiValues.uint256(id),
                    new Uint8(0),
                    AbiValues.uint256(1),
                    AbiValues.string("no"),
                    new DynamicBytes(new byte[] {7}))));
  }

  @Test
  void votingBeforeTheSnapshotRevertsWithThePendingState() {
    BigInteger id = chain.propose(member(0), admitNewcomer());

    Outcome early = chain.call(member(1), GovernorCalls.castVote(id, 1));

    assertThat(early.result().data())
        .isEqualTo(
            GovernorErrors.UNEXPECTED_PROPOSAL_STATE.encode(
                AbiValues.uint256(id), new Uint8(0), AbiValues.bytes32(Word.of(0x02))));
  }

  @Test
  void votingAfterTheDeadlineRevertsWithTheOutcomeState() {
    BigInteger id = passed(admitNewcomer(), 4);

    Outcome late = chain.call(member(5), GovernorCalls.castVote(id, 1));

    assertThat(late.result().data())
        .isEqualTo(
            GovernorErrors.UNEXPECTED_PROPOSAL_STATE.encode(
                AbiValues.uint256(id), new Uint8(4), AbiValues.bytes32(Word.of(0x02))));
  }

  @Test
  void aSecondVoteRevertsAndChangesNothing() {
    BigInteger id = chain.propose(member(0), admitNewcomer());
    chain.mine(2);
    chain.vote(member(1), id, VoteType.FOR);
    var before = chain.host.world().storageOf(GOVERNOR);

    Outcome again = chain.call(member(1), GovernorCalls.castVote(id, 0));

    assertThat(again.result().data())
        .isEqualTo(GovernorErrors.ALREADY_CAST_VOTE.encode(AbiValues.address(member(1))));
    assertThat(again.logs()).isEmpty();
    assertThat(chain.host.world().storageOf(GOVERNOR)).isEqualTo(before);
  }

  @Test
  void supportOtherThanAgainstForAbstainIsRefused() {
    BigInteger id = chain.propose(member(0), admitNewcomer());
    chain.mine(2);

    Outcome outcome = chain.call(member(1), GovernorCalls.castVote(id, 3));

    assertThat(Numeric.toHexString(outcome.result().data()))
        .isEqualTo(Numeric.toHexString(GovernorErrors.INVALID_VOTE_TYPE.encode()));
  }

  @Test
  void theProposerCancelsWhilePendingOnly() {
    BigInteger id = chain.propose(member(0), admitNewcomer());

    Outcome byOther = chain.call(member(1), GovernorCalls.cancel(admitNewcomer()));
    Outcome byProposer = chain.call(member(0), GovernorCalls.cancel(admitNewcomer()));

    assertThat(byOther.result().data())
        .isEqualTo(GovernorErrors.ONLY_PROPOSER.encode(AbiValues.address(member(1))));
    assertThat(byProposer.succeeded()).isTrue();
    assertThat(byProposer.logs())
        .containsExactly(
            new LogEntry(
                GOVERNOR,
                List.of(Word.keccak("ProposalCanceled(uint256)")),
                Numeric.toHexString(Word.of(id).bytes())));
    assertThat(chain.state(id)).isEqualTo(ProposalState.CANCELED);
    chain.mine(30);
    assertThat(chain.state(id)).isEqualTo(ProposalState.CANCELED);
  }

  @Test
  void anActiveProposalCannotBeCanceled() {
    BigInteger id = chain.propose(member(0), admitNewcomer());
    chain.mine(2);

    Outcome outcome = chain.call(member(0), GovernorCalls.cancel(admitNewcomer()));

    assertThat(outcome.result().data())
        .isEqualTo(
            GovernorErrors.UNEXPECTED_PROPOSAL_STATE.encode(
                AbiValues.uint256(id), new Uint8(1), AbiValues.bytes32(Word.of(0x01))));
  }

  @Test
  void aFailingCallRevertsTheWholeExecutionWithTheInnerError() {
    GovernorCalls.Proposal makeShop =
        GovernorCalls.Proposal.of(
            ROLES, roleCall("grantRole", StandardRoles.SHOP_ROLE, NEWCOMER), "Make a shop");
    BigInteger id = passed(makeShop, 4);

    Outcome outcome = chain.call(ADMIN, GovernorCalls.execute(makeShop));

    assertThat(outcome.result().data())
        .isEqualTo(
            RolesErrors.UNAUTHORIZED_ACCOUNT.encode(
                AbiValues.address(GOVERNOR), AbiValues.bytes32(StandardRoles.DEFAULT_ADMIN_ROLE)));
    assertThat(outcome.logs()).isEmpty();
    assertThat(chain.state(id)).isEqualTo(ProposalState.SUCCEEDED);
  }

  @Test
  void anExecutedProposalCannotBeExecutedAgain() {
    BigInteger id = passed(admitNewcomer(), 4);
    chain.call(ADMIN, GovernorCalls.execute(admitNewcomer()));

    Outcome again = chain.call(ADMIN, GovernorCalls.execute(admitNewcomer()));

    assertThat(again.result().data())
        .isEqualTo(
            GovernorErrors.UNEXPECTED_PROPOSAL_STATE.encode(
                AbiValues.uint256(id), new Uint8(7), AbiValues.bytes32(Word.of(0x30))));
  }

  @Test
  void aSignalVoteWithNoCallsExecutesAndOnlyRecordsTheOutcome() {
    GovernorCalls.Proposal signal = GovernorCalls.Proposal.signal("Design A for the spring drop");
    BigInteger id = passed(signal, 4);

    Outcome outcome = chain.call(ADMIN, GovernorCalls.execute(signal));

    assertThat(outcome.succeeded()).isTrue();
    assertThat(outcome.logs()).hasSize(1);
    assertThat(chain.state(id)).isEqualTo(ProposalState.EXECUTED);
  }

  @Test
  void ozStyleSignalVoteWithAnEmptyCallToTheGovernorAlsoWorks() {
    GovernorCalls.Proposal signal =
        GovernorCalls.Proposal.of(GOVERNOR, new byte[0], "Design B for the spring drop");
    BigInteger id = passed(signal, 4);

    Outcome outcome = chain.call(ADMIN, GovernorCalls.execute(signal));

    assertThat(outcome.succeeded()).as("%s", outcome).isTrue();
    assertThat(chain.state(id)).isEqualTo(ProposalState.EXECUTED);
  }

  @Test
  void queueingIsNotNeededAndRevertsForASucceededProposal() {
    passed(admitNewcomer(), 4);

    Outcome outcome = chain.call(ADMIN, GovernorCalls.queue(admitNewcomer()));

    assertThat(Numeric.toHexString(outcome.result().data()))
        .isEqualTo(Numeric.toHexString(GovernorErrors.QUEUE_NOT_IMPLEMENTED.encode()));
  }
}
