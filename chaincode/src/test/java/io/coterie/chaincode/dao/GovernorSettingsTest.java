package io.coterie.chaincode.dao;

import static io.coterie.chaincode.dao.GovernorFixture.ADMIN;
import static io.coterie.chaincode.dao.GovernorFixture.GOVERNOR;
import static io.coterie.chaincode.dao.GovernorFixture.OUTSIDER;
import static io.coterie.chaincode.dao.GovernorFixture.member;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.abi.AbiValues;
import io.coterie.chaincode.roles.RolesErrors;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.InMemoryWorld.LogEntry;
import io.coterie.chaincode.support.TestHost.Outcome;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.utils.Numeric;

/** Devnet defaults, the one-time initialize, and OZ GovernorSettings only through governance. */
class GovernorSettingsTest {
  private final GovernorFixture chain = new GovernorFixture();

  private BigInteger uint(String name) {
    return chain.uintView(GovernorCalls.noArgs(name));
  }

  private Outcome executeThroughGovernance(byte[]... calls) {
    List<ChainAddress> targets = java.util.Collections.nCopies(calls.length, GOVERNOR);
    List<BigInteger> values = java.util.Collections.nCopies(calls.length, BigInteger.ZERO);
    List<String> datas = java.util.Arrays.stream(calls).map(Numeric::toHexString).toList();
    GovernorCalls.Proposal p =
        new GovernorCalls.Proposal(targets, values, datas, "Change settings");
    BigInteger id = chain.propose(member(0), p);
    chain.mine(2);
    for (int i = 0; i < 4; i++) {
      chain.vote(member(i), id, VoteType.FOR);
    }
    chain.mine(21);
    return chain.call(OUTSIDER, GovernorCalls.execute(p));
  }

  @Test
  void devnetDefaultsRunAProposalInUnderAMinuteWithFourOfSixForQuorum() {
    assertThat(uint("votingDelay")).isEqualTo(1);
    assertThat(uint("votingPeriod")).isEqualTo(20);
    assertThat(uint("proposalThreshold")).isEqualTo(1);
    assertThat(uint("quorumNumerator")).isEqualTo(67);
    assertThat(uint("quorumDenominator")).isEqualTo(100);
    assertThat(chain.uintView(GovernorCalls.uintArg("quorum", BigInteger.ONE))).isEqualTo(4);
    assertThat(uint("clock")).isEqualTo(chain.block());
    assertThat(chain.view(GovernorCalls.noArgs("token")))
        .isEqualTo(Word.of(ChainAddress.of(0x3000)).bytes());
    assertThat(chain.view(GovernorCalls.noArgs("votingSource")))
        .isEqualTo(AbiValues.encode(new Uint8(0), AbiValues.uint256(0)));
    assertThat(chain.view(GovernorCalls.noArgs("name")))
        .isEqualTo(AbiValues.encode(AbiValues.string("Coterie DAO")));
    assertThat(chain.view(GovernorCalls.noArgs("version")))
        .isEqualTo(AbiValues.encode(AbiValues.string("1")));
    assertThat(chain.view(GovernorCalls.noArgs("COUNTING_MODE")))
        .isEqualTo(AbiValues.encode(AbiValues.string("support=bravo&quorum=for,abstain")));
    assertThat(chain.view(GovernorCalls.noArgs("CLOCK_MODE")))
        .isEqualTo(AbiValues.encode(AbiValues.string("mode=blocknumber&from=default")));
  }

  @Test
  void settersRefuseAnyCallerButTheGovernorItself() {
    for (byte[] call :
        List.of(
            GovernorCalls.setVotingDelay(5),
            GovernorCalls.setVotingPeriod(5),
            GovernorCalls.setProposalThreshold(5),
            GovernorCalls.updateQuorumNumerator(5))) {
      Outcome outcome = chain.call(ADMIN, call);
      assertThat(outcome.result().data())
          .isEqualTo(GovernorErrors.ONLY_EXECUTOR.encode(AbiValues.address(ADMIN)));
    }
    assertThat(chain.host.world().storageOf(GOVERNOR)).isEmpty();
  }

  @Test
  void anExecutedProposalChangesEverySettingAndEmitsOzEvents() {
    Outcome outcome =
        executeThroughGovernance(
            GovernorCalls.setVotingDelay(3),
            GovernorCalls.setVotingPeriod(7),
            GovernorCalls.setProposalThreshold(2),
            GovernorCalls.updateQuorumNumerator(50));

    assertThat(outcome.succeeded()).as("%s", outcome).isTrue();
    assertThat(uint("votingDelay")).isEqualTo(3);
    assertThat(uint("votingPeriod")).isEqualTo(7);
    assertThat(uint("proposalThreshold")).isEqualTo(2);
    assertThat(uint("quorumNumerator")).isEqualTo(50);
    assertThat(outcome.logs().subList(0, 4))
        .containsExactly(
            change("VotingDelaySet(uint256,uint256)", 1, 3),
            change("VotingPeriodSet(uint256,uint256)", 20, 7),
            change("ProposalThresholdSet(uint256,uint256)", 1, 2),
            change("QuorumNumeratorUpdated(uint256,uint256)", 67, 50));
  }

  @Test
  void aNewQuorumNumeratorDoesNotReachBackToEarlierSnapshots() {
    long before = chain.block() - 1;
    executeThroughGovernance(GovernorCalls.updateQuorumNumerator(100));
    chain.mine(1);

    assertThat(chain.uintView(GovernorCalls.uintArg("quorum", BigInteger.valueOf(before))))
        .isEqualTo(4);
    assertThat(
            chain.uintView(GovernorCalls.uintArg("quorum", BigInteger.valueOf(chain.block() - 1))))
        .isEqualTo(6);
    assertThat(chain.uintView(GovernorCalls.uintArg("quorumNumerator", BigInteger.valueOf(before))))
        .isEqualTo(67);
  }

  @Test
  void aZeroVotingPeriodRevertsTheExecutionWithOzsError() {
    Outcome outcome = executeThroughGovernance(GovernorCalls.setVotingPeriod(0));

    assertThat(outcome.result().data())
        .isEqualTo(GovernorErrors.INVALID_VOTING_PERIOD.encode(AbiValues.uint256(0)));
    assertThat(uint("votingPeriod")).isEqualTo(20);
  }

  @Test
  void aQuorumAboveOneHundredPercentIsRefused() {
    Outcome outcome = executeThroughGovernance(GovernorCalls.updateQuorumNumerator(101));

    assertThat(outcome.result().data())
        .isEqualTo(
            GovernorErrors.INVALID_QUORUM_FRACTION.encode(
                AbiValues.uint256(101), AbiValues.uint256(100)));
  }

  @Test
  void theAdminInitializesOnceAndTheValuesApply() {
    Outcome first = chain.call(ADMIN, GovernorCalls.initialize(2, 10, 1, 50, 0, 0));
    Outcome second = chain.call(ADMIN, GovernorCalls.initialize(2, 10, 1, 50, 0, 0));

    assertThat(first.succeeded()).as("%s", first).isTrue();
    assertThat(first.logs())
        .containsExactly(
            new LogEntry(
                GOVERNOR,
                List.of(
                    Word.keccak(
                        "GovernorInitialized(uint256,uint256,uint256,uint256,uint8,uint256)")),
                Numeric.toHexString(
                    AbiValues.encode(
                        AbiValues.uint256(2),
                        AbiValues.uint256(10),
                        AbiValues.uint256(1),
                        AbiValues.uint256(50),
                        new Uint8(0),
                        AbiValues.uint256(0)))));
    assertThat(uint("votingDelay")).isEqualTo(2);
    assertThat(uint("votingPeriod")).isEqualTo(10);
    assertThat(chain.uintView(GovernorCalls.uintArg("quorum", BigInteger.ONE))).isEqualTo(3);
    assertThat(Numeric.toHexString(second.result().data()))
        .isEqualTo(Numeric.toHexString(GovernorErrors.ALREADY_INITIALIZED.encode()));
  }

  @Test
  void onlyADefaultAdminMayInitialize() {
    Outcome outcome = chain.call(member(0), GovernorCalls.initialize(2, 10, 1, 50, 0, 0));

    assertThat(outcome.result().data())
        .isEqualTo(
            RolesErrors.UNAUTHORIZED_ACCOUNT.encode(
                AbiValues.address(member(0)), AbiValues.bytes32(StandardRoles.DEFAULT_ADMIN_ROLE)));
  }

  @Test
  void initializeRefusesAnUnknownVotingSourceKind() {
    Outcome outcome = chain.call(ADMIN, GovernorCalls.initialize(2, 10, 1, 50, 7, 0));

    assertThat(outcome.result().data())
        .isEqualTo(GovernorErrors.INVALID_VOTING_SOURCE.encode(new Uint8(7)));
  }

  @Test
  void initializeRefusesAVotingSourceNoModuleServes() {
    Outcome outcome = chain.call(ADMIN, GovernorCalls.initialize(1, 20, 1, 67, 1, 0));

    assertThat(chain.view(GovernorCalls.noArgs("token")))
        .as("still the devnet's cards")
        .isEqualTo(Word.of(ChainAddress.of(0x3000)).bytes());
    assertThat(outcome.result().data())
        .isEqualTo(
            GovernorErrors.VOTING_SOURCE_UNAVAILABLE.encode(new Uint8(1), AbiValues.uint256(0)));
  }

  @Test
  void readerSeesWhatTheViewsSee() {
    GovernorReader reader = new GovernorReader(chain.sources);
    BigInteger id = chain.propose(member(0), GovernorCalls.Proposal.signal("Read me"));
    chain.mine(2);
    chain.vote(member(1), id, VoteType.AGAINST);

    assertThat(reader.parameters(chain.host.world())).isEqualTo(GovernorParameters.DEVNET);
    assertThat(reader.proposal(chain.host.world(), id).proposer()).isEqualTo(member(0));
    assertThat(reader.votes(chain.host.world(), id).against()).isOne();
    assertThat(reader.hasVoted(chain.host.world(), id, member(1))).isTrue();
    assertThat(reader.proposalState(chain.host.world(), id, chain.block()))
        .contains(ProposalState.ACTIVE);
    assertThat(reader.proposalState(chain.host.world(), id, chain.block() + 30))
        .contains(ProposalState.DEFEATED);
    assertThat(reader.proposalState(chain.host.world(), BigInteger.TWO, chain.block())).isEmpty();
  }

  private static LogEntry change(String signature, long from, long to) {
    return new LogEntry(
        GOVERNOR,
        List.of(Word.keccak(signature)),
        Numeric.toHexString(AbiValues.encode(AbiValues.uint256(from), AbiValues.uint256(to))));
  }
}
