package io.coterie.chaincode.loyalty;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.abi.DelegatedVotes;
import io.coterie.chaincode.dao.VotingPowerSource;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.WorldStorage;
import java.math.BigInteger;
import java.util.Optional;

/**
 * Points of program {@code programId} as voting power, read from the token's ERC-5805 checkpoints
 * at the governor's snapshot block: points moved or awarded after the snapshot never count for that
 * proposal, and each point counts for one delegatee only. A program without checkpoints (one whose
 * owner never called {@code enableVotes}) has no votes, and the governor refuses to be initialised
 * on it.
 */
record PointsVotingPower(long programId) implements VotingPowerSource {
  @Override
  public BigInteger pastVotes(WorldStorage storage, ChainAddress account, long blockNumber) {
    return enabled(storage) ? votes(storage).getPastVotes(account, blockNumber) : BigInteger.ZERO;
  }

  @Override
  public BigInteger pastTotalSupply(WorldStorage storage, long blockNumber) {
    return enabled(storage) ? votes(storage).getPastTotalSupply(blockNumber) : BigInteger.ZERO;
  }

  @Override
  public Optional<String> unsuitability(WorldStorage storage) {
    if (!programs(storage).exists(programId)) {
      return Optional.of("loyalty program %d does not exist".formatted(programId));
    }
    if (!enabled(storage)) {
      return Optional.of(
          ("loyalty program %d keeps no vote checkpoints; its owner calls enableVotes(%d) on"
                  + " 0x0000000000000000000000000000000000001001 first (its points must never"
                  + " expire)")
              .formatted(programId, programId));
    }
    return Optional.empty();
  }

  private boolean enabled(WorldStorage storage) {
    ProgramStore store = programs(storage);
    return store.exists(programId) && store.votesEnabled(programId);
  }

  private DelegatedVotes votes(WorldStorage storage) {
    return new DelegatedVotes(
        AccountSlots.readOnly(storage, LoyaltyAddresses.token(programId)),
        TokenCall.VOTES_LAYOUT,
        (topics, data) -> {
          throw new UnsupportedOperationException("voting power is only read");
        },
        0);
  }

  private static ProgramStore programs(WorldStorage storage) {
    return new ProgramStore(AccountSlots.readOnly(storage, LoyaltyAddresses.REGISTRY));
  }
}
