package io.coterie.chaincode.works;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.encode;
import static io.coterie.chaincode.abi.AbiValues.string;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.abi.TokenReceivers;
import io.coterie.chaincode.loyalty.PointsPayment;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.MeteredState;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.Optional;

/**
 * Paid uses and resales, settled in points in one call through the program token ({@link
 * PointsPayment}, this precompile being the spender, so the payer approves {@code 0x…100b} first or
 * signs a permit): the creator's royalty ({@link RoyaltySplit}) goes to the creator, the rest to
 * the seller or holder, and a sold work moves to its buyer in the same call, or nothing happens. A
 * listed work moves only by {@code buy}. A sale is an offer the buyer accepts ({@code sell}
 * reserves it for one buyer, {@code list} for anyone), so no points leave an account without its
 * holder's own call.
 */
final class WorkSales {
  private WorkSales() {}

  /** {@code list(uint256 tokenId, uint256 programId, uint256 price)}. */
  static CallResult list(CallContext ctx, CalldataReader args) {
    return offer(
        new WorkCall(ctx), args.uint256(0), ChainAddress.ZERO, args.uint256(1), args.uint256(2));
  }

  /** {@code sell(uint256 tokenId, address buyer, uint256 programId, uint256 price)}. */
  static CallResult sell(CallContext ctx, CalldataReader args) {
    ChainAddress buyer = args.address(1);
    if (!TokenReceivers.accepts(buyer)) {
      return WorksErrors.ERC721_INVALID_RECEIVER.revert(address(buyer));
    }
    return offer(new WorkCall(ctx), args.uint256(0), buyer, args.uint256(2), args.uint256(3));
  }

  private static CallResult offer(
      WorkCall call,
      BigInteger tokenId,
      ChainAddress buyer,
      BigInteger programId,
      BigInteger price) {
    Optional<CallResult> notHolder = requireHolder(call, tokenId);
    if (notHolder.isPresent()) {
      return notHolder.get();
    }
    if (buyer.equals(call.sender())) {
      return WorksErrors.BUYER_IS_HOLDER.revert(uint256(tokenId), address(buyer));
    }
    Optional<CallResult> badTerms = termsProblem(call, programId, price);
    if (badTerms.isPresent()) {
      return badTerms.get();
    }
    long program = programId.longValueExact();
    call.ledger.list(tokenId, new WorkLedger.Listing(call.sender(), buyer, program, price));
    call.emit(
        WorksEvents.WORK_LISTED.topics(Word.of(tokenId), Word.of(call.sender()), Word.of(buyer)),
        WorksEvents.WORK_LISTED.data(uint256(programId), uint256(price)));
    return CallResult.success();
  }

  /** {@code cancelListing(uint256 tokenId)}, by the holder. */
  static CallResult cancelListing(CallContext ctx, CalldataReader args) {
    WorkCall call = new WorkCall(ctx);
    BigInteger tokenId = args.uint256(0);
    Optional<CallResult> notHolder = requireHolder(call, tokenId);
    if (notHolder.isPresent()) {
      return notHolder.get();
    }
    if (call.ledger.listingOf(tokenId).isEmpty()) {
      return WorksErrors.NOT_LISTED.revert(uint256(tokenId));
    }
    call.ledger.unlist(tokenId);
    call.emit(
        WorksEvents.LISTING_CANCELLED.topics(Word.of(tokenId), Word.of(call.sender())),
        new byte[0]);
    return CallResult.success();
  }

  /** {@code listingOf(uint256)}: (seller, buyer, programId, price); price 0 = not listed. */
  static CallResult listingOf(CallContext ctx, CalldataReader args) {
    WorkCall call = new WorkCall(ctx);
    WorkCall.Owned owned = call.owned(args.uint256(0));
    if (!owned.exists()) {
      return owned.nonexistent();
    }
    WorkLedger.Listing l =
        call.ledger
            .listingOf(owned.tokenId())
            .orElse(
                new WorkLedger.Listing(ChainAddress.ZERO, ChainAddress.ZERO, 0, BigInteger.ZERO));
    return CallResult.success(
        encode(
            address(l.seller()), address(l.buyer()), uint256(l.programId()), uint256(l.price())));
  }

  /** {@code buy(uint256 tokenId)}: pays the listing's price and takes the work. */
  static CallResult buy(CallContext ctx, CalldataReader args) {
    return buy(new WorkCall(ctx), args.uint256(0), Optional.empty());
  }

  /** {@code buyWithPermit(uint256 tokenId, uint256 deadline, uint8 v, bytes32 r, bytes32 s)}. */
  static CallResult buyWithPermit(CallContext ctx, CalldataReader args) {
    PointsPayment.Permit permit =
        new PointsPayment.Permit(args.uint256(1), args.uint8(2), args.bytes32(3), args.bytes32(4));
    return buy(new WorkCall(ctx), args.uint256(0), Optional.of(permit));
  }

  private static CallResult buy(
      WorkCall call, BigInteger tokenId, Optional<PointsPayment.Permit> permit) {
    WorkCall.Owned owned = call.owned(tokenId);
    if (!owned.exists()) {
      return owned.nonexistent();
    }
    Optional<WorkLedger.Listing> found = call.ledger.listingOf(tokenId);
    if (found.isEmpty()) {
      return WorksErrors.NOT_LISTED.revert(uint256(tokenId));
    }
    WorkLedger.Listing listing = found.get();
    ChainAddress buyer = call.sender();
    if (buyer.equals(listing.seller())) {
      return WorksErrors.BUYER_IS_HOLDER.revert(uint256(tokenId), address(buyer));
    }
    if (!listing.reservedFor(buyer)) {
      return WorksErrors.RESERVED_FOR_OTHER_BUYER.revert(
          uint256(tokenId), address(buyer), address(listing.buyer()));
    }
    if (!TokenReceivers.accepts(buyer)) {
      return WorksErrors.ERC721_INVALID_RECEIVER.revert(address(buyer));
    }
    if (permit.isPresent()) {
      Optional<CallResult> refused =
          PointsPayment.permit(call.ctx, listing.programId(), buyer, listing.price(), permit.get());
      if (refused.isPresent()) {
        return refused.get();
      }
    }
    Payment paid =
        pay(call, tokenId, listing.programId(), buyer, listing.seller(), listing.price());
    if (paid.refused().isPresent()) {
      return paid.refused().get();
    }
    call.ledger.unlist(tokenId);
    call.ledger.transfer(listing.seller(), buyer, tokenId);
    call.emitTransfer(listing.seller(), buyer, tokenId);
    call.emit(
        WorksEvents.WORK_SOLD.topics(Word.of(tokenId), Word.of(listing.seller()), Word.of(buyer)),
        WorksEvents.WORK_SOLD.data(
            uint256(listing.programId()), uint256(listing.price()), uint256(paid.royalty())));
    return CallResult.success();
  }

  /**
   * {@code buyUse(uint256 tokenId, uint256 programId, uint256 price) returns (uint256 useNumber)}:
   * a licensed use of the work, paid to its holder with the creator's royalty (all to the creator
   * when the creator holds it).
   */
  static CallResult buyUse(CallContext ctx, CalldataReader args) {
    WorkCall call = new WorkCall(ctx);
    BigInteger tokenId = args.uint256(0);
    BigInteger programId = args.uint256(1);
    BigInteger price = args.uint256(2);
    WorkCall.Owned owned = call.owned(tokenId);
    if (!owned.exists()) {
      return owned.nonexistent();
    }
    ChainAddress buyer = call.sender();
    if (buyer.equals(owned.owner())) {
      return WorksErrors.BUYER_IS_HOLDER.revert(uint256(tokenId), address(buyer));
    }
    Optional<CallResult> badTerms = termsProblem(call, programId, price);
    if (badTerms.isPresent()) {
      return badTerms.get();
    }
    long program = programId.longValueExact();
    Payment paid = pay(call, tokenId, program, buyer, owned.owner(), price);
    if (paid.refused().isPresent()) {
      return paid.refused().get();
    }
    long useNumber = call.ledger.recordUse(tokenId);
    call.emit(
        WorksEvents.USE_PURCHASED.topics(Word.of(tokenId), Word.of(buyer), Word.of(owned.owner())),
        WorksEvents.USE_PURCHASED.data(
            uint256(programId), uint256(price), uint256(paid.royalty()), uint256(useNumber)));
    return CallResult.success(encode(uint256(useNumber)));
  }

  /** The royalty paid, or the token's revert. */
  private record Payment(BigInteger royalty, Optional<CallResult> refused) {}

  // The creator's royalty first, then the seller's proceeds; a part of 0 is not transferred, and
  // the creator selling or being paid for a use gets both parts in one transfer.
  private static Payment pay(
      WorkCall call,
      BigInteger tokenId,
      long programId,
      ChainAddress payer,
      ChainAddress payee,
      BigInteger price) {
    RoyaltySplit split = RoyaltySplit.of(price, call.ledger.royaltyBps(tokenId));
    ChainAddress creator = call.ledger.creator(tokenId);
    Optional<CallResult> refused;
    if (creator.equals(payee)) {
      refused = PointsPayment.transferFrom(call.ctx, programId, payer, payee, price);
    } else {
      refused = transferIfAny(call, programId, payer, creator, split.royalty());
      if (refused.isEmpty()) {
        refused = transferIfAny(call, programId, payer, payee, split.proceeds());
      }
    }
    return new Payment(split.royalty(), refused);
  }

  private static Optional<CallResult> transferIfAny(
      WorkCall call, long programId, ChainAddress from, ChainAddress to, BigInteger amount) {
    return amount.signum() == 0
        ? Optional.empty()
        : PointsPayment.transferFrom(call.ctx, programId, from, to, amount);
  }

  private static Optional<CallResult> requireHolder(WorkCall call, BigInteger tokenId) {
    WorkCall.Owned owned = call.owned(tokenId);
    if (!owned.exists()) {
      return Optional.of(owned.nonexistent());
    }
    if (!owned.owner().equals(call.sender())) {
      return Optional.of(
          WorksErrors.NOT_WORK_OWNER.revert(
              uint256(tokenId), address(call.sender()), address(owned.owner())));
    }
    return Optional.empty();
  }

  private static Optional<CallResult> termsProblem(
      WorkCall call, BigInteger programId, BigInteger price) {
    if (price.signum() == 0) {
      return Optional.of(WorksErrors.INVALID_PRICE.revert(uint256(price)));
    }
    return PointsPayment.programProblem(MeteredState.chargedReads(call.ctx), programId)
        .map(reason -> WorksErrors.INVALID_PAYMENT.revert(uint256(programId), string(reason)));
  }
}
