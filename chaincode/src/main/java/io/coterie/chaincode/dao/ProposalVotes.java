package io.coterie.chaincode.dao;

import java.math.BigInteger;
import java.util.Objects;

/** OZ {@code GovernorCountingSimple.proposalVotes}: the weights cast so far, by support. */
public record ProposalVotes(BigInteger against, BigInteger forVotes, BigInteger abstain) {
  public static final ProposalVotes NONE =
      new ProposalVotes(BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO);

  public ProposalVotes {
    Objects.requireNonNull(against, "against");
    Objects.requireNonNull(forVotes, "forVotes");
    Objects.requireNonNull(abstain, "abstain");
  }

  /** All weight cast. */
  public BigInteger total() {
    return against.add(forVotes).add(abstain);
  }

  /** OZ {@code _quorumReached}: for + abstain reach the quorum. */
  public boolean reachesQuorum(BigInteger quorum) {
    return quorum.compareTo(forVotes.add(abstain)) <= 0;
  }

  /** OZ {@code _voteSucceeded}: strictly more for than against. */
  public boolean succeeded() {
    return forVotes.compareTo(against) > 0;
  }
}
