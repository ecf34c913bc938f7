package io.coterie.chaincode.dao;

import static io.coterie.chaincode.support.ModulesFixture.GOVERNOR;
import static io.coterie.chaincode.support.ModulesFixture.OUTSIDER;
import static io.coterie.chaincode.support.ModulesFixture.member;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.support.ModulesFixture;
import io.coterie.chaincode.support.TestHost;
import java.math.BigInteger;

/** Takes proposals through the real governor of a {@link ModulesFixture}, as members would. */
final class DaoDriver {
  private final ModulesFixture chain;

  DaoDriver(ModulesFixture chain) {
    this.chain = chain;
  }

  /**
   * Member #0 proposes (in a new block, so its card counts); returns the id once voting is open.
   */
  BigInteger open(GovernorCalls.Proposal proposal) {
    chain.mine(1);
    TestHost.Outcome proposed = chain.call(member(0), GOVERNOR, GovernorCalls.propose(proposal));
    assertThat(proposed.succeeded()).as("propose: %s", proposed).isTrue();
    chain.mine(GovernorParameters.DEVNET.votingDelay() + 1);
    return new BigInteger(1, proposed.result().data());
  }

  /** Members #0-#3 vote for (4 of 6 cards, the devnet quorum) and voting closes. */
  void carry(BigInteger id) {
    for (int i = 0; i < 4; i++) {
      TestHost.Outcome vote =
          chain.call(member(i), GOVERNOR, GovernorCalls.castVote(id, VoteType.FOR.code()));
      assertThat(vote.succeeded()).as("vote %d: %s", i, vote).isTrue();
    }
    chain.mine(GovernorParameters.DEVNET.votingPeriod());
  }

  /** Proposes, carries and executes {@code proposal}; returns the execution's outcome. */
  TestHost.Outcome pass(GovernorCalls.Proposal proposal) {
    carry(open(proposal));
    return chain.call(OUTSIDER, GOVERNOR, GovernorCalls.execute(proposal));
  }

  ProposalState state(BigInteger id) {
    byte[] data = chain.view(GOVERNOR, GovernorCalls.state(id));
    return ProposalState.values()[new BigInteger(1, data).intValueExact()];
  }
}
