package io.coterie.chaincode.membership;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.WorldStorage;
import java.math.BigInteger;
import java.util.OptionalInt;

/**
 * Reads of card tiers and drop purchases for other precompiles (sample campaigns gate claims on a
 * card tier; verified reviews accept a drop purchase as proof of buying). Pass {@link
 * io.coterie.chaincode.spi.MeteredState#chargedReads} to charge each read to the calling
 * precompile. Registered in the {@link io.coterie.chaincode.spi.ServiceRegistry} by {@link
 * MembershipModule}. Stateless and thread-safe.
 */
public final class CardsReader {

  /** Whether collection {@code collectionId} has been created: one read. */
  public boolean exists(WorldStorage storage, long collectionId) {
    return inRange(collectionId) && state(storage, collectionId).exists();
  }

  /**
   * The tier of the first card {@code account} holds in collection {@code collectionId} (a member
   * collection holds at most one per member), empty if it holds none or the collection does not
   * exist: up to four reads.
   */
  public OptionalInt cardTier(WorldStorage storage, long collectionId, ChainAddress account) {
    if (!exists(storage, collectionId)) {
      return OptionalInt.empty();
    }
    CollectionState state = state(storage, collectionId);
    if (state.balanceOf(account) == 0) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(state.tierOf(state.tokenOfOwnerByIndex(account, 0)));
  }

  /**
   * Whether {@code buyer} holds a paid, unrefunded purchase of drop {@code dropId} of collection
   * {@code collectionId} (its purchase serial is set; a refund clears it): up to two reads.
   */
  public boolean boughtDrop(
      WorldStorage storage, long collectionId, BigInteger dropId, ChainAddress buyer) {
    return exists(storage, collectionId)
        && new DropBook(slots(storage, collectionId)).serialOf(dropId, buyer).signum() > 0;
  }

  private static boolean inRange(long collectionId) {
    return collectionId >= 0 && collectionId < MembershipAddresses.MAX_COLLECTIONS;
  }

  private static CollectionState state(WorldStorage storage, long collectionId) {
    return new CollectionState(slots(storage, collectionId), EventLog.NONE, 0);
  }

  private static AccountSlots slots(WorldStorage storage, long collectionId) {
    return AccountSlots.readOnly(storage, MembershipAddresses.collection(collectionId));
  }
}
