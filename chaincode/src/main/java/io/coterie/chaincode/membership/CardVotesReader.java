package io.coterie.chaincode.membership;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.WorldStorage;
import java.util.ArrayList;
import java.util.List;

/**
 * Unmetered reads of a collection's cards and voting power, for the DAO governor (which charges its
 * own gas) and the node. Registered in the {@link io.coterie.chaincode.spi.ServiceRegistry} by
 * {@link MembershipModule}. Stateless and thread-safe.
 *
 * <p>Past lookups return the value in force at the end of block {@code blockNumber} (the last
 * checkpoint at or before it), with no check against the current block: a governor reading at a
 * proposal's snapshot must itself make sure the snapshot block has passed, as OZ's {@code
 * getPastVotes} does with {@code ERC5805FutureLookup}.
 */
public final class CardVotesReader {

  /** Whether collection {@code collectionId} has been created. */
  public boolean exists(WorldStorage storage, long collectionId) {
    return inRange(collectionId) && state(storage, collectionId).exists();
  }

  /** Whether collection {@code collectionId} is a member collection (see {@link MemberCards}). */
  public boolean isMemberCollection(WorldStorage storage, long collectionId) {
    return exists(storage, collectionId) && state(storage, collectionId).memberBound();
  }

  /** Votes delegated to {@code account} at the end of block {@code blockNumber}. */
  public long getPastVotes(
      WorldStorage storage, long collectionId, ChainAddress account, long blockNumber) {
    return exists(storage, collectionId)
        ? state(storage, collectionId).votes().getPastVotes(account, blockNumber)
        : 0;
  }

  /** Cards in existence (= votes) at the end of block {@code blockNumber}. */
  public long getPastTotalSupply(WorldStorage storage, long collectionId, long blockNumber) {
    return exists(storage, collectionId)
        ? state(storage, collectionId).votes().getPastTotalSupply(blockNumber)
        : 0;
  }

  /** Votes delegated to {@code account} now. */
  public long getVotes(WorldStorage storage, long collectionId, ChainAddress account) {
    return exists(storage, collectionId)
        ? state(storage, collectionId).votes().getVotes(account)
        : 0;
  }

  /** Cards {@code account} holds now. */
  public long balanceOf(WorldStorage storage, long collectionId, ChainAddress account) {
    return exists(storage, collectionId) ? state(storage, collectionId).balanceOf(account) : 0;
  }

  /** Cards in existence now. */
  public long totalSupply(WorldStorage storage, long collectionId) {
    return exists(storage, collectionId) ? state(storage, collectionId).totalSupply() : 0;
  }

  /** {@code account}'s delegatee now ({@link ChainAddress#ZERO} if none). */
  public ChainAddress delegates(WorldStorage storage, long collectionId, ChainAddress account) {
    return exists(storage, collectionId)
        ? state(storage, collectionId).votes().delegates(account)
        : ChainAddress.ZERO;
  }

  /** The owners of every card, in token index order (one entry per card). */
  public List<ChainAddress> holdersByIndex(WorldStorage storage, long collectionId) {
    if (!exists(storage, collectionId)) {
      return List.of();
    }
    CollectionState state = state(storage, collectionId);
    long supply = state.totalSupply();
    List<ChainAddress> holders = new ArrayList<>();
    for (long i = 0; i < supply; i++) {
      holders.add(state.ownerOf(state.tokenByIndex(i)));
    }
    return List.copyOf(holders);
  }

  private static boolean inRange(long collectionId) {
    return collectionId >= 0 && collectionId < MembershipAddresses.MAX_COLLECTIONS;
  }

  private static CollectionState state(WorldStorage storage, long collectionId) {
    return new CollectionState(
        AccountSlots.readOnly(storage, MembershipAddresses.collection(collectionId)),
        EventLog.NONE,
        0);
  }
}
