package io.coterie.chaincode.membership;

import io.coterie.chaincode.dao.VotingPowerSource;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.WorldStorage;
import java.math.BigInteger;
import java.util.Optional;

/**
 * One card of collection {@code collectionId}, one vote, from the collection's ERC-5805
 * checkpoints: exact at any past block. A collection that does not exist has no votes. Only a
 * member collection suits a governor: its cards burn when MEMBER_ROLE is revoked (see {@link
 * MemberCards}), so an expelled member's vote and quorum share end with that block.
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

  @Override
  public Optional<String> unsuitability(WorldStorage storage) {
    if (!reader.exists(storage, collectionId)) {
      return Optional.of("card collection %d does not exist".formatted(collectionId));
    }
    if (!reader.isMemberCollection(storage, collectionId)) {
      return Optional.of(
          ("card collection %d is not a member collection, so revoking MEMBER_ROLE would leave its"
                  + " votes; vote with a collection made by createMemberCollection on"
                  + " 0x0000000000000000000000000000000000001002")
              .formatted(collectionId));
    }
    return Optional.empty();
  }
}
