package io.coterie.chaincode.dao;

import java.math.BigInteger;
import java.util.Objects;

/**
 * The governor's settings (OZ {@code GovernorSettings} + {@code GovernorVotesQuorumFraction} +
 * {@code GovernorVotes}'s token). Block counts are in blocks, since the clock is the block number.
 *
 * @param votingDelay blocks from proposal to snapshot ({@code uint48})
 * @param votingPeriod blocks the vote stays open after the snapshot ({@code uint32}, at least 1)
 * @param proposalThreshold votes needed to propose, counted at the block before the proposal
 * @param quorumNumerator quorum as a share of the total votes at the snapshot, over {@link
 *     #QUORUM_DENOMINATOR}
 * @param votingSource whose votes count
 */
public record GovernorParameters(
    long votingDelay,
    long votingPeriod,
    BigInteger proposalThreshold,
    long quorumNumerator,
    VotingSource votingSource) {

  /** OZ's default denominator: the numerator is a percentage. */
  public static final long QUORUM_DENOMINATOR = 100;

  /** Largest {@code uint48}. */
  public static final long MAX_UINT48 = (1L << 48) - 1;

  /** Largest {@code uint32}. */
  public static final long MAX_UINT32 = (1L << 32) - 1;

  /**
   * The devnet's settings, in force until {@code initialize} or governance changes them: a proposal
   * opens 1 block after it is made and stays open 20 blocks (20 s at 1 s blocks, so propose → vote
   * → execute fits in under a minute); one card is enough to propose; quorum is 67 % of the cards
   * at the snapshot, i.e. 4 of the 6 devnet members ({@code floor(6 * 67 / 100) = 4}), counting for
   * and abstain votes.
   */
  public static final GovernorParameters DEVNET =
      new GovernorParameters(1, 20, BigInteger.ONE, 67, VotingSource.DEVNET_CARDS);

  public GovernorParameters {
    Objects.requireNonNull(proposalThreshold, "proposalThreshold");
    Objects.requireNonNull(votingSource, "votingSource");
    if (votingDelay < 0 || votingDelay > MAX_UINT48) {
      throw new IllegalArgumentException("votingDelay must fit a uint48, got " + votingDelay);
    }
    if (votingPeriod < 1 || votingPeriod > MAX_UINT32) {
      throw new IllegalArgumentException("votingPeriod must be in [1, 2^32), got " + votingPeriod);
    }
    if (proposalThreshold.signum() < 0 || proposalThreshold.bitLength() > 256) {
      throw new IllegalArgumentException("proposalThreshold must fit a uint256");
    }
    if (quorumNumerator < 0 || quorumNumerator > QUORUM_DENOMINATOR) {
      throw new IllegalArgumentException(
          "quorumNumerator must be in [0, 100], got " + quorumNumerator);
    }
  }
}
