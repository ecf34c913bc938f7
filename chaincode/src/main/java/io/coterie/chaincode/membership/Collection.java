package io.coterie.chaincode.membership;

import io.coterie.chaincode.abi.AbiValues;
import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.roles.RolesReader;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.GasSchedule;
import io.coterie.chaincode.spi.MeteredState;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.Optional;

/** One call to collection {@code id}: its metered state and the checks handlers share. */
record Collection(CallContext ctx, long id, CollectionState state) {

  static Collection open(CallContext ctx, long id) {
    MeteredState metered = MeteredState.of(ctx);
    return new Collection(
        ctx,
        id,
        new CollectionState(
            AccountSlots.metered(metered), EventLog.of(metered), ctx.block().number()));
  }

  /** Handles one function of an existing collection. */
  @FunctionalInterface
  interface Handler {
    CallResult handle(Collection collection, CalldataReader args);
  }

  ChainAddress sender() {
    return ctx.sender();
  }

  DropBook drops() {
    return new DropBook(AccountSlots.metered(MeteredState.of(ctx)));
  }

  /** The state of another collection, read with this call's gas meter. */
  CollectionState other(long otherId) {
    return new CollectionState(
        AccountSlots.metered(MeteredState.of(ctx, MembershipAddresses.collection(otherId))),
        EventLog.NONE,
        ctx.block().number());
  }

  /** Another collection to write to in this call (its events come from its own address). */
  static CollectionState writable(CallContext ctx, long collectionId) {
    ChainAddress account = MembershipAddresses.collection(collectionId);
    return new CollectionState(
        AccountSlots.metered(MeteredState.of(ctx, account)),
        EventLog.from(ctx, account),
        ctx.block().number());
  }

  /**
   * A revert unless the caller owns this collection and may act as a brand: it holds {@code
   * BRAND_ROLE}, or it is the DAO governor, whose authority is an executed proposal.
   */
  Optional<CallResult> requireBrand() {
    ChainAddress owner = state.brand();
    if (!owner.equals(sender())) {
      return Optional.of(
          MembershipErrors.NOT_COLLECTION_BRAND.revert(
              AbiValues.address(sender()), AbiValues.address(owner)));
    }
    return requireBrandRoleOrGovernor(ctx);
  }

  /**
   * As {@link #requireBrand}, but the DAO governor may also act on a collection it does not own.
   */
  Optional<CallResult> requireBrandOrGovernor() {
    return isGovernor(sender()) ? Optional.empty() : requireBrand();
  }

  /** A revert unless the caller holds {@code BRAND_ROLE} or is the DAO governor. */
  static Optional<CallResult> requireBrandRoleOrGovernor(CallContext ctx) {
    return isGovernor(ctx.sender()) ? Optional.empty() : requireRole(ctx, StandardRoles.BRAND_ROLE);
  }

  static boolean isGovernor(ChainAddress account) {
    return StandardRoles.DAO_GOVERNOR_ADDRESS.equals(account);
  }

  /** Whether {@code account} holds MEMBER_ROLE, charged as one storage read. */
  static boolean isMember(CallContext ctx, ChainAddress account) {
    ctx.gas().charge(GasSchedule.STORAGE_READ);
    return new RolesReader().hasRole(ctx.storage(), StandardRoles.MEMBER_ROLE, account);
  }

  /** A revert unless the caller holds {@code role}, read from the Roles precompile's storage. */
  static Optional<CallResult> requireRole(CallContext ctx, Word role) {
    ctx.gas().charge(GasSchedule.STORAGE_READ);
    if (new RolesReader().hasRole(ctx.storage(), role, ctx.sender())) {
      return Optional.empty();
    }
    return Optional.of(
        MembershipErrors.UNAUTHORIZED_ACCOUNT.revert(
            AbiValues.address(ctx.sender()), AbiValues.bytes32(role)));
  }

  /** The owner of {@code tokenId}, or the {@code ERC721NonexistentToken} revert. */
  Owned requireOwned(BigInteger tokenId) {
    return new Owned(state.ownerOf(tokenId), tokenId);
  }

  /** The result of an ownership lookup. */
  record Owned(ChainAddress owner, BigInteger tokenId) {
    boolean exists() {
      return !owner.equals(ChainAddress.ZERO);
    }

    CallResult nonexistent() {
      return MembershipErrors.ERC721_NONEXISTENT_TOKEN.revert(AbiValues.uint256(tokenId));
    }
  }
}
