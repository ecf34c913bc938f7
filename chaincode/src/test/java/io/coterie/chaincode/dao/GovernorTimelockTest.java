package io.coterie.chaincode.dao;

import static io.coterie.chaincode.support.ModulesFixture.ADMIN;
import static io.coterie.chaincode.support.ModulesFixture.GOVERNOR;
import static io.coterie.chaincode.support.ModulesFixture.OUTSIDER;
import static io.coterie.chaincode.support.ModulesFixture.members;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.abi.AbiValues;
import io.coterie.chaincode.support.InMemoryWorld.LogEntry;
import io.coterie.chaincode.support.ModulesFixture;
import io.coterie.chaincode.support.TestHost.Outcome;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.utils.Numeric;

/** OZ GovernorTimelockControl semantics: Succeeded, queue, Queued with an eta, execute from it. */
class GovernorTimelockTest {
  private static final long DELAY = 3_600;

  private final ModulesFixture chain = new ModulesFixture();
  private final DaoDriver dao = new DaoDriver(chain);
  private final GovernorCalls.Proposal proposal =
      GovernorCalls.Proposal.of(GOVERNOR, GovernorCalls.setProposalThreshold(2), "Threshold 2");

  GovernorTimelockTest() {
    chain.createMemberCollection(members());
    Outcome initialized =
        chain.call(ADMIN, GOVERNOR, GovernorCalls.initialize(1, 20, 1, 67, 0, 0, DELAY));
    assertThat(initialized.succeeded()).as("%s", initialized).isTrue();
    chain.mine(1);
  }

  private BigInteger carried() {
    BigInteger id = dao.open(proposal);
    dao.carry(id);
    return id;
  }

  private long uint(byte[] input) {
    return new BigInteger(1, chain.view(GOVERNOR, input)).longValueExact();
  }

  @Test
  void aSucceededProposalMustBeQueuedAndWaitsForItsEta() {
    BigInteger id = carried();
    assertThat(dao.state(id)).isEqualTo(ProposalState.SUCCEEDED);
    assertThat(uint(GovernorCalls.uintArg("proposalNeedsQueuing", id))).isOne();
    assertThat(chain.call(OUTSIDER, GOVERNOR, GovernorCalls.execute(proposal)).result().data())
        .as("not queued yet")
        .isEqualTo(
            GovernorErrors.UNEXPECTED_PROPOSAL_STATE.encode(
                AbiValues.uint256(id),
                new Uint8(ProposalState.SUCCEEDED.code()),
                new Bytes32(io.coterie.chaincode.spi.Word.of(ProposalState.QUEUED.bit()).bytes())));

    long queuedAt = chain.host.block().timestampSeconds();
    Outcome queued = chain.call(OUTSIDER, GOVERNOR, GovernorCalls.queue(proposal));

    assertThat(queued.succeeded()).as("%s", queued).isTrue();
    LogEntry event = queued.logs().get(0);
    assertThat(event.topics()).containsExactly(GovernorEvents.PROPOSAL_QUEUED.topic0());
    assertThat(event.dataHex())
        .isEqualTo(
            Numeric.toHexString(
                GovernorEvents.PROPOSAL_QUEUED.data(
                    AbiValues.uint256(id), AbiValues.uint256(queuedAt + DELAY))));
    assertThat(dao.state(id)).isEqualTo(ProposalState.QUEUED);
    assertThat(uint(GovernorCalls.uintArg("proposalEta", id))).isEqualTo(queuedAt + DELAY);

    chain.host.advance(1, DELAY - 1);
    assertThat(chain.call(OUTSIDER, GOVERNOR, GovernorCalls.execute(proposal)).result().data())
        .isEqualTo(
            GovernorErrors.TIMELOCK_NOT_READY.encode(
                AbiValues.uint256(id),
                AbiValues.uint256(queuedAt + DELAY),
                AbiValues.uint256(queuedAt + DELAY - 1)));
    chain.host.advance(1, 1);
    Outcome executed = chain.call(OUTSIDER, GOVERNOR, GovernorCalls.execute(proposal));

    assertThat(executed.succeeded()).as("%s", executed).isTrue();
    assertThat(dao.state(id)).isEqualTo(ProposalState.EXECUTED);
    assertThat(uint(GovernorCalls.noArgs("proposalThreshold"))).isEqualTo(2);
  }

  @Test
  void onlyGovernanceChangesTheDelayAndAZeroDelayNeedsNoQueue() {
    assertThat(uint(GovernorCalls.noArgs("getMinDelay"))).isEqualTo(DELAY);
    assertThat(chain.call(ADMIN, GOVERNOR, GovernorCalls.updateDelay(0)).result().data())
        .isEqualTo(GovernorErrors.ONLY_EXECUTOR.encode(AbiValues.address(ADMIN)));

    GovernorCalls.Proposal off =
        GovernorCalls.Proposal.of(GOVERNOR, GovernorCalls.updateDelay(0), "No timelock");
    BigInteger id = dao.open(off);
    dao.carry(id);
    chain.ok(OUTSIDER, GOVERNOR, GovernorCalls.queue(off));
    chain.host.advance(1, DELAY);
    Outcome executed = chain.call(OUTSIDER, GOVERNOR, GovernorCalls.execute(off));

    assertThat(executed.succeeded()).as("%s", executed).isTrue();
    assertThat(uint(GovernorCalls.noArgs("getMinDelay"))).isZero();
    BigInteger next = carried();
    assertThat(chain.call(OUTSIDER, GOVERNOR, GovernorCalls.queue(proposal)).result().data())
        .isEqualTo(GovernorErrors.QUEUE_NOT_IMPLEMENTED.encode());
    assertThat(chain.call(OUTSIDER, GOVERNOR, GovernorCalls.execute(proposal)).succeeded())
        .isTrue();
    assertThat(dao.state(next)).isEqualTo(ProposalState.EXECUTED);
  }

  @Test
  void aDelayAboveAYearIsRefused() {
    ModulesFixture fresh = new ModulesFixture();
    fresh.createMemberCollection(members());

    Outcome outcome =
        fresh.call(
            ADMIN,
            GOVERNOR,
            GovernorCalls.initialize(1, 20, 1, 67, 0, 0, TimelockCalls.MAX_DELAY_SECONDS + 1));

    assertThat(outcome.result().data())
        .isEqualTo(
            GovernorErrors.INVALID_TIMELOCK_DELAY.encode(
                AbiValues.uint256(TimelockCalls.MAX_DELAY_SECONDS + 1),
                AbiValues.uint256(TimelockCalls.MAX_DELAY_SECONDS)));
  }
}
