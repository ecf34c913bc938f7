package io.coterie.chaincode.membership;

import io.coterie.chaincode.dao.VotingPowerSource;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.WorldStorage;
import java.math.BigInteger;

/**
 * One card of collection {@code collectionId}, one vote, from the collection's ERC-5805
 * checkpoints: exact at any past block. A collection that does not exist has no votes.
 */
record CardVotingPower(CardVotesReader reader, long collectionId) implements VotingPowerSource {
  @Override
  public BigInteger pastVotes(WorldStorage storage, ChainAddress account, long blockNumber) {
    return BigInteger.valueOf(reader.getPastVotes(storage, collectionId, account, blockNumber));
  }

  @Override
  public BigInteger pastTotalSupply(WorldStorage storage, long blockNumber) {
    return BigInteger.valueOf(reader.getPastTotalSupply(storage, collectionId, blockNumber));
  }
}
