package io.coterie.chaincode.membership;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.bool;
import static io.coterie.chaincode.abi.AbiValues.encode;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.loyalty.PointsPayment;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.MeteredState;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.Optional;
import org.web3j.abi.datatypes.generated.Uint64;

/**
 * Settlement of drops, atomic in one call: {@code buy} moves the price from the buyer to the payee
 * with the program token's own {@code transferFrom} (this collection is the spender, so the buyer
 * approves it first, or signs an ERC-2612 permit that {@code buyWithPermit} submits in the same
 * call), then mints the item token to the buyer. If the payment reverts, the purchase reverts with
 * the token's error and nothing is minted: a drop never mints without payment. {@code refund} by
 * the payee moves the price back (the payee approves this collection for refunds) and burns the
 * item, which the buyer must still hold.
 */
final class DropSales {
  private DropSales() {}

  static CallResult buy(Collection c, CalldataReader args) {
    return DropHandlers.onDrop(c, args, drop -> sell(c, args.uint256(0), drop, Optional.empty()));
  }

  /** {@code buyWithPermit(uint256 dropId, uint256 deadline, uint8 v, bytes32 r, bytes32 s)}. */
  static CallResult buyWithPermit(Collection c, CalldataReader args) {
    PointsPayment.Permit permit =
        new PointsPayment.Permit(args.uint256(1), args.uint8(2), args.bytes32(3), args.bytes32(4));
    return DropHandlers.onDrop(
        c, args, drop -> sell(c, args.uint256(0), drop, Optional.of(permit)));
  }

  private static CallResult sell(
      Collection c, BigInteger dropId, DropBook.Drop drop, Optional<PointsPayment.Permit> permit) {
    ChainAddress buyer = c.sender();
    DropBook book = c.drops();
    DropBook.Terms terms = drop.terms();
    boolean member = c.state().balanceOf(buyer) > 0;
    long now = DropHandlers.now(c);
    Optional<DropBook.Refusal> refusal = book.refusal(dropId, drop, buyer, member, now);
    if (refusal.isPresent()) {
      return switch (refusal.get()) {
        case NOT_OPEN ->
            MembershipErrors.DROP_NOT_OPEN.revert(
                uint256(dropId), address(buyer), new Uint64(drop.opensAtFor(member)));
        case SOLD_OUT ->
            MembershipErrors.DROP_SOLD_OUT.revert(uint256(dropId), uint256(terms.supply()));
        case ALREADY_PURCHASED ->
            MembershipErrors.ALREADY_PURCHASED.revert(uint256(dropId), address(buyer));
      };
    }
    if (permit.isPresent()) {
      Optional<CallResult> refused =
          PointsPayment.permit(c.ctx(), terms.programId(), buyer, terms.price(), permit.get());
      if (refused.isPresent()) {
        return refused.get();
      }
    }
    Optional<CallResult> unpaid =
        PointsPayment.transferFrom(c.ctx(), terms.programId(), buyer, terms.payee(), terms.price());
    if (unpaid.isPresent()) {
      return unpaid.get();
    }
    BigInteger item = Collection.writable(c.ctx(), terms.itemCollection()).mint(buyer, 0);
    BigInteger serial = book.record(dropId, drop, buyer, item);
    boolean memberWindow = now < terms.publicOpensAt();
    MeteredState.of(c.ctx())
        .emit(
            MembershipEvents.DROP_PURCHASED.topics(Word.of(dropId), Word.of(buyer)),
            MembershipEvents.DROP_PURCHASED.data(
                uint256(serial), bool(memberWindow), uint256(item), uint256(terms.price())));
    return CallResult.success(encode(uint256(serial)));
  }

  /** {@code refund(uint256 dropId, address buyer)}, by the drop's payee. */
  static CallResult refund(Collection c, CalldataReader args) {
    return DropHandlers.onDrop(c, args, drop -> refund(c, args.uint256(0), drop, args.address(1)));
  }

  private static CallResult refund(
      Collection c, BigInteger dropId, DropBook.Drop drop, ChainAddress buyer) {
    DropBook book = c.drops();
    DropBook.Terms terms = drop.terms();
    if (!c.sender().equals(terms.payee())) {
      return MembershipErrors.NOT_DROP_PAYEE.revert(address(c.sender()), address(terms.payee()));
    }
    BigInteger serial = book.serialOf(dropId, buyer);
    if (serial.signum() == 0) {
      return MembershipErrors.NOT_PURCHASED.revert(uint256(dropId), address(buyer));
    }
    BigInteger item = book.itemOf(dropId, buyer);
    CollectionState items = Collection.writable(c.ctx(), terms.itemCollection());
    ChainAddress holder = items.ownerOf(item);
    if (!holder.equals(buyer)) {
      return MembershipErrors.ITEM_NOT_HELD.revert(uint256(item), address(buyer), address(holder));
    }
    Optional<CallResult> unpaid =
        PointsPayment.transferFrom(c.ctx(), terms.programId(), terms.payee(), buyer, terms.price());
    if (unpaid.isPresent()) {
      return unpaid.get();
    }
    items.burn(item);
    book.refund(dropId, drop, buyer);
    MeteredState.of(c.ctx())
        .emit(
            MembershipEvents.DROP_REFUNDED.topics(Word.of(dropId), Word.of(buyer)),
            MembershipEvents.DROP_REFUNDED.data(
                uint256(serial), uint256(item), uint256(terms.price())));
    return CallResult.success();
  }
}
