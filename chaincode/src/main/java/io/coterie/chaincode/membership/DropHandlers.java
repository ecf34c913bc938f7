package io.coterie.chaincode.membership;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.bool;
import static io.coterie.chaincode.abi.AbiValues.encode;
import static io.coterie.chaincode.abi.AbiValues.string;
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
 * Token-gated drops on a collection: the owner creates them with a price in points and an item
 * collection; card holders buy first. Buying and refunding are {@link DropSales}.
 */
final class DropHandlers {
  private DropHandlers() {}

  /**
   * {@code createDrop(uint64 memberOpensAt, uint64 publicOpensAt, uint256 supply, uint256
   * itemCollection, uint256 programId, uint256 price)}; the caller (the owner) is the payee.
   */
  static CallResult createDrop(Collection c, CalldataReader args) {
    long memberOpensAt = args.uint64(0);
    long publicOpensAt = args.uint64(1);
    BigInteger supply = args.uint256(2);
    BigInteger itemCollection = args.uint256(3);
    BigInteger programId = args.uint256(4);
    BigInteger price = args.uint256(5);
    Optional<CallResult> denied = c.requireBrand();
    if (denied.isPresent()) {
      return denied.get();
    }
    if (memberOpensAt > publicOpensAt || supply.signum() == 0) {
      return MembershipErrors.INVALID_DROP.revert(
          new Uint64(memberOpensAt), new Uint64(publicOpensAt), uint256(supply));
    }
    Optional<String> badItems = itemProblem(c, itemCollection);
    if (badItems.isPresent()) {
      return MembershipErrors.INVALID_DROP_ITEMS.revert(
          uint256(itemCollection), string(badItems.get()));
    }
    Optional<String> badPayment = paymentProblem(c, programId, price);
    if (badPayment.isPresent()) {
      return MembershipErrors.INVALID_DROP_PAYMENT.revert(
          uint256(programId), uint256(price), string(badPayment.get()));
    }
    DropBook.Terms terms =
        new DropBook.Terms(
            memberOpensAt,
            publicOpensAt,
            supply,
            itemCollection.longValueExact(),
            programId.longValueExact(),
            price,
            c.sender());
    BigInteger dropId = c.drops().create(terms);
    MeteredState.of(c.ctx())
        .emit(
            MembershipEvents.DROP_CREATED.topics(Word.of(dropId)),
            MembershipEvents.DROP_CREATED.data(
                new Uint64(memberOpensAt),
                new Uint64(publicOpensAt),
                uint256(supply),
                uint256(itemCollection),
                uint256(programId),
                uint256(price)));
    return CallResult.success(encode(uint256(dropId)));
  }

  private static Optional<String> itemProblem(Collection c, BigInteger itemCollection) {
    if (itemCollection.compareTo(BigInteger.valueOf(MembershipAddresses.MAX_COLLECTIONS)) >= 0
        || !c.other(itemCollection.longValueExact()).exists()) {
      return Optional.of("no such collection; create one for the items first (createCollection)");
    }
    long id = itemCollection.longValueExact();
    if (id == c.id()) {
      return Optional.of(
          "items cannot be cards of the drop's own collection; use a separate item collection");
    }
    CollectionState items = c.other(id);
    if (items.memberBound()) {
      return Optional.of("a member collection holds membership cards, not items; use another");
    }
    if (!items.brand().equals(c.sender())) {
      return Optional.of("owned by " + items.brand().toHex() + "; use a collection you own");
    }
    return Optional.empty();
  }

  private static Optional<String> paymentProblem(
      Collection c, BigInteger programId, BigInteger price) {
    if (price.signum() == 0) {
      return Optional.of("a drop is paid for; set a price above 0 (airdrop gives items away)");
    }
    return PointsPayment.unusableProgram(c.ctx(), programId);
  }

  /** Runs {@code view} on drop {@code args[0]}, or reverts UnknownDrop. */
  static CallResult onDrop(
      Collection c,
      CalldataReader args,
      java.util.function.Function<DropBook.Drop, CallResult> view) {
    BigInteger dropId = args.uint256(0);
    return c.drops().find(dropId).map(view).orElseGet(() -> unknown(dropId));
  }

  static CallResult dropCount(Collection c, CalldataReader args) {
    return CallResult.success(encode(uint256(c.drops().count())));
  }

  /** (memberOpensAt, publicOpensAt, supply, sold): {@code sold} excludes refunded items. */
  static CallResult dropInfo(Collection c, CalldataReader args) {
    return onDrop(
        c,
        args,
        drop ->
            CallResult.success(
                encode(
                    new Uint64(drop.terms().memberOpensAt()),
                    new Uint64(drop.terms().publicOpensAt()),
                    uint256(drop.terms().supply()),
                    uint256(drop.sold()))));
  }

  /** (itemCollection, programId, price, payee, refunded). */
  static CallResult dropTerms(Collection c, CalldataReader args) {
    return onDrop(
        c,
        args,
        drop ->
            CallResult.success(
                encode(
                    uint256(drop.terms().itemCollection()),
                    uint256(drop.terms().programId()),
                    uint256(drop.terms().price()),
                    address(drop.terms().payee()),
                    uint256(drop.refunded()))));
  }

  static CallResult purchaseOf(Collection c, CalldataReader args) {
    ChainAddress buyer = args.address(1);
    return onDrop(
        c,
        args,
        drop -> CallResult.success(encode(uint256(c.drops().serialOf(args.uint256(0), buyer)))));
  }

  static CallResult itemOf(Collection c, CalldataReader args) {
    ChainAddress buyer = args.address(1);
    return onDrop(
        c,
        args,
        drop -> CallResult.success(encode(uint256(c.drops().itemOf(args.uint256(0), buyer)))));
  }

  /** Whether {@code buyer} may buy now, by the block's timestamp; reverts for unknown drops. */
  static CallResult canBuy(Collection c, CalldataReader args) {
    BigInteger dropId = args.uint256(0);
    ChainAddress buyer = args.address(1);
    return onDrop(
        c,
        args,
        drop -> {
          boolean member = c.state().balanceOf(buyer) > 0;
          boolean may = c.drops().refusal(dropId, drop, buyer, member, now(c)).isEmpty();
          return CallResult.success(encode(bool(may)));
        });
  }

  static long now(Collection c) {
    return c.ctx().block().timestampSeconds();
  }

  static CallResult unknown(BigInteger dropId) {
    return MembershipErrors.UNKNOWN_DROP.revert(uint256(dropId));
  }
}
