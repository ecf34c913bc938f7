package io.coterie.chaincode.dao;

import static io.coterie.chaincode.dao.GovernorFixture.ADMIN;
import static io.coterie.chaincode.dao.GovernorFixture.member;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.spi.ChainAddress;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * The gas figures documented in IGovernor.sol, with a voting source whose lookups read two slots
 * (checkpoint count and one checkpoint), as a holder with one checkpoint costs.
 */
class GovernorGasTest {
  private final GovernorFixture chain = new GovernorFixture();
  private final GovernorCalls.Proposal signal = GovernorCalls.Proposal.signal("Signal");

  private long gas(ChainAddress from, byte[] input) {
    return chain.call(from, input).gasUsed();
  }

  @Test
  void viewsCostTheDocumentedGas() {
    assertThat(gas(ADMIN, GovernorCalls.noArgs("name"))).isEqualTo(2064);
    assertThat(gas(ADMIN, GovernorCalls.noArgs("clock"))).isEqualTo(2064);
    assertThat(gas(ADMIN, GovernorCalls.noArgs("votingDelay"))).isEqualTo(4164);
    assertThat(gas(ADMIN, GovernorCalls.getVotes(member(1), 1))).isEqualTo(9388);
    assertThat(gas(ADMIN, GovernorCalls.uintArg("quorum", BigInteger.ONE))).isEqualTo(10976);
    BigInteger id = chain.propose(member(0), signal);
    assertThat(gas(ADMIN, GovernorCalls.state(id))).isEqualTo(6776);
    assertThat(gas(ADMIN, GovernorCalls.uintArg("proposalSnapshot", id))).isEqualTo(6776);
    assertThat(gas(ADMIN, GovernorCalls.uintArg("proposalSnapshot", BigInteger.TWO)))
        .isEqualTo(4676);
    assertThat(gas(ADMIN, GovernorCalls.uintArg("proposalNeedsQueuing", id))).isEqualTo(4676);
    assertThat(gas(ADMIN, GovernorCalls.noArgs("getMinDelay"))).isEqualTo(4164);
    assertThat(gas(ADMIN, GovernorCalls.nonces(member(1)))).isEqualTo(4676);
    assertThat(gas(ADMIN, GovernorCalls.uintArg("proposalVotes", id))).isEqualTo(8876);
    assertThat(gas(ADMIN, GovernorCalls.hasVoted(id, member(1)))).isEqualTo(5188);
  }

  @Test
  void writesCostTheDocumentedGas() {
    assertThat(gas(member(0), GovernorCalls.propose(signal))).isEqualTo(41762);
    BigInteger id = chain.uintView(GovernorCalls.hashProposal(signal));
    chain.mine(2);
    assertThat(gas(member(1), GovernorCalls.castVote(id, 1))).isEqualTo(64393);
    assertThat(gas(member(2), GovernorCalls.castVote(id, 1))).isEqualTo(49393);
    assertThat(gas(member(3), GovernorCalls.castVoteWithReason(id, 1, "because"))).isEqualTo(51185);
    chain.vote(member(4), id, VoteType.FOR);
    chain.mine(21);
    assertThat(gas(ADMIN, GovernorCalls.state(id))).isEqualTo(21476);
    assertThat(gas(ADMIN, GovernorCalls.execute(signal))).isEqualTo(36854);
  }
}
