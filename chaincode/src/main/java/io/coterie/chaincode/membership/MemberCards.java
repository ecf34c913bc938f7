package io.coterie.chaincode.membership;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.roles.RoleRevocationHooks;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.MeteredState;
import java.util.Optional;

/**
 * Member collections: soulbound cards that only MEMBER_ROLE holders may hold, one each. How
 * revocation reaches the votes: the roles precompile runs {@link #burnOnRevocation} inside every
 * {@code revokeRole}/{@code renounceRole} of MEMBER_ROLE, which burns the account's card in each
 * member collection in that same call. The burn writes the vote checkpoints of the block it runs
 * in, so {@code getPastVotes} and {@code getPastTotalSupply} (the quorum base) no longer count the
 * card for that block and every later one; proposals whose snapshot is earlier keep the votes they
 * had, as ERC-5805 snapshots do. At most {@link #MAX_MEMBER_COLLECTIONS} member collections exist,
 * so a revocation's gas stays bounded.
 */
final class MemberCards {
  /** Member collections a chain may have (each revocation visits all of them). */
  static final long MAX_MEMBER_COLLECTIONS = 16;

  private MemberCards() {}

  /**
   * A revert unless {@code to} may receive a card of {@code state} (only member collections check).
   */
  static Optional<CallResult> refusal(CallContext ctx, CollectionState state, ChainAddress to) {
    if (!state.memberBound()) {
      return Optional.empty();
    }
    if (!Collection.isMember(ctx, to)) {
      return Optional.of(MembershipErrors.NOT_A_MEMBER.revert(address(to)));
    }
    if (state.balanceOf(to) > 0) {
      return Optional.of(
          MembershipErrors.ALREADY_HOLDS_CARD.revert(
              address(to), uint256(state.tokenOfOwnerByIndex(to, 0))));
    }
    return Optional.empty();
  }

  /** The MEMBER_ROLE revocation hook: burns {@code account}'s card in every member collection. */
  static RoleRevocationHooks.Hook burnOnRevocation() {
    return (ctx, account) -> {
      AccountSlots registry =
          AccountSlots.metered(MeteredState.of(ctx, MembershipAddresses.REGISTRY));
      long count =
          registry.load(MembershipLayout.MEMBER_COLLECTIONS_SLOT).toBigInteger().longValueExact();
      for (long i = 0; i < count; i++) {
        long id =
            registry.load(MembershipLayout.memberCollection(i)).toBigInteger().longValueExact();
        CollectionState cards = Collection.writable(ctx, id);
        while (cards.balanceOf(account) > 0) {
          cards.burn(cards.tokenOfOwnerByIndex(account, 0));
        }
      }
    };
  }
}
