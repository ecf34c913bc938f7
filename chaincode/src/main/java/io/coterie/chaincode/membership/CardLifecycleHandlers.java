package io.coterie.chaincode.membership;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.bool;
import static io.coterie.chaincode.abi.AbiValues.encode;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.abi.Ownable2Step;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.MeteredState;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.Optional;

/**
 * Where cards end and who owns a collection: burns and reissues by the owner or the DAO governor
 * (ERC-5192 cards never move, so a lost key's card is burned and minted anew), and OZ {@code
 * Ownable2Step} ownership, so a brand can hand its collection to the governor.
 */
final class CardLifecycleHandlers {
  private CardLifecycleHandlers() {}

  static CallResult memberBound(Collection c, CalldataReader args) {
    return CallResult.success(encode(bool(c.state().memberBound())));
  }

  /** Burns card {@code tokenId}: its vote and its share of the quorum base end with this block. */
  static CallResult burn(Collection c, CalldataReader args) {
    BigInteger tokenId = args.uint256(0);
    Optional<CallResult> refused = requireAdministeredCard(c, c.requireOwned(tokenId));
    if (refused.isPresent()) {
      return refused.get();
    }
    c.state().burn(tokenId);
    return CallResult.success();
  }

  /** Burns card {@code tokenId} and mints its tier to {@code newHolder}; returns the new id. */
  static CallResult reissue(Collection c, CalldataReader args) {
    BigInteger tokenId = args.uint256(0);
    ChainAddress newHolder = args.address(1);
    Collection.Owned owned = c.requireOwned(tokenId);
    Optional<CallResult> refused = requireAdministeredCard(c, owned);
    if (refused.isPresent()) {
      return refused.get();
    }
    if (newHolder.equals(ChainAddress.ZERO)) {
      return MembershipErrors.ERC721_INVALID_RECEIVER.revert(address(newHolder));
    }
    int tier = c.state().tierOf(tokenId);
    c.state().burn(tokenId);
    refused = MemberCards.refusal(c.ctx(), c.state(), newHolder);
    if (refused.isPresent()) {
      return refused.get();
    }
    BigInteger newTokenId = c.state().mint(newHolder, tier);
    MeteredState.of(c.ctx())
        .emit(
            MembershipEvents.CARD_REISSUED.topics(Word.of(tokenId), Word.of(newTokenId)),
            MembershipEvents.CARD_REISSUED.data(address(owned.owner()), address(newHolder)));
    return CallResult.success(encode(uint256(newTokenId)));
  }

  /** A revert unless the caller is the owner or the governor and the card exists. */
  private static Optional<CallResult> requireAdministeredCard(
      Collection c, Collection.Owned owned) {
    Optional<CallResult> denied = c.requireBrandOrGovernor();
    if (denied.isPresent()) {
      return denied;
    }
    return owned.exists() ? Optional.empty() : Optional.of(owned.nonexistent());
  }

  static CallResult pendingOwner(Collection c, CalldataReader args) {
    return CallResult.success(encode(address(c.state().ownership().pendingOwner())));
  }

  /** Ownable2Step: the owner (holding BRAND_ROLE, or the governor) names the next owner. */
  static CallResult transferOwnership(Collection c, CalldataReader args) {
    ChainAddress newOwner = args.address(0);
    Optional<CallResult> denied = c.requireBrand();
    if (denied.isPresent()) {
      return denied.get();
    }
    return c.state().ownership().start(c.sender(), newOwner).orElseGet(CallResult::success);
  }

  /**
   * Ownable2Step: the pending owner takes over; it must be able to act as a brand (BRAND_ROLE) or
   * be the DAO governor. The registry's {@code collectionBrand} follows.
   */
  static CallResult acceptOwnership(Collection c, CalldataReader args) {
    Ownable2Step ownership = c.state().ownership();
    Optional<CallResult> denied =
        ownership
            .requirePending(c.sender())
            .or(() -> Collection.requireBrandRoleOrGovernor(c.ctx()));
    if (denied.isPresent()) {
      return denied.get();
    }
    ownership.accept(c.sender());
    MeteredState.of(c.ctx(), MembershipAddresses.REGISTRY)
        .store(MembershipLayout.collectionBrand(BigInteger.valueOf(c.id())), Word.of(c.sender()));
    return CallResult.success();
  }
}
