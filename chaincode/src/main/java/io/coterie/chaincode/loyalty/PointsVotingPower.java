package io.coterie.chaincode.loyalty;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.dao.VotingPowerSource;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.WorldStorage;
import java.math.BigInteger;

/**
 * Points of program {@code programId} as voting power, by a documented approximation: programs keep
 * no vote checkpoints, so the governor's "votes at the snapshot block" are the account's stored
 * balance <em>when it votes</em> (and the quorum's total is the stored supply when asked), not at
 * the snapshot. The stored figures count points that have expired but were not yet purged by a
 * write on that account (expiry needs a time, and a vote count must not depend on when it is read).
 *
 * <p>Why no checkpoints: points expire without any transaction, so exact checkpoints are
 * impossible, and approximate ones would cost a storage write on every award, transfer and
 * redemption. The consequence: points that move after a vote can vote again from their new holder,
 * and points awarded after the snapshot count. Weigh a governor by points only for a
 * non-transferable program (points then move only by award, redemption and exchange); one card, one
 * vote (the default) has exact checkpoints.
 */
record PointsVotingPower(long programId) implements VotingPowerSource {
  @Override
  public BigInteger pastVotes(WorldStorage storage, ChainAddress account, long blockNumber) {
    return exists(storage)
        ? storage
            .load(LoyaltyAddresses.token(programId), TokenLayout.balance(account))
            .toBigInteger()
        : BigInteger.ZERO;
  }

  @Override
  public BigInteger pastTotalSupply(WorldStorage storage, long blockNumber) {
    return exists(storage)
        ? storage.load(LoyaltyAddresses.token(programId), TokenLayout.SUPPLY).toBigInteger()
        : BigInteger.ZERO;
  }

  private boolean exists(WorldStorage storage) {
    return programId >= 0
        && programId < LoyaltyAddresses.MAX_PROGRAMS
        && new ProgramStore(AccountSlots.readOnly(storage, LoyaltyAddresses.REGISTRY))
            .exists(programId);
  }
}
