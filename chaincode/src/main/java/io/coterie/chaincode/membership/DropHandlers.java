package io.coterie.chaincode.membership;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.bool;
import static io.coterie.chaincode.abi.AbiValues.encode;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.MeteredState;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.Optional;
import org.web3j.abi.datatypes.generated.Uint64;

/** Token-gated drops on a collection: the brand creates them, card holders buy first. */
final class DropHandlers {
  private DropHandlers() {}

  static CallResult createDrop(Collection c, CalldataReader args) {
    long memberOpensAt = args.uint64(0);
    long publicOpensAt = args.uint64(1);
    BigInteger supply = args.uint256(2);
    Optional<CallResult> denied = c.requireBrand();
    if (denied.isPresent()) {
      return denied.get();
    }
    if (memberOpensAt > publicOpensAt || supply.signum() == 0) {
      return MembershipErrors.INVALID_DROP.revert(
          new Uint64(memberOpensAt), new Uint64(publicOpensAt), uint256(supply));
    }
    BigInteger dropId = c.drops().create(memberOpensAt, publicOpensAt, supply);
    MeteredState.of(c.ctx())
        .emit(
            MembershipEvents.DROP_CREATED.topics(Word.of(dropId)),
            MembershipEvents.DROP_CREATED.data(
                new Uint64(memberOpensAt), new Uint64(publicOpensAt), uint256(supply)));
    return CallResult.success(encode(uint256(dropId)));
  }

  static CallResult dropCount(Collection c, CalldataReader args) {
    return CallResult.success(encode(uint256(c.drops().count())));
  }

  static CallResult dropInfo(Collection c, CalldataReader args) {
    BigInteger dropId = args.uint256(0);
    Optional<DropBook.Drop> drop = c.drops().find(dropId);
    if (drop.isEmpty()) {
      return unknown(dropId);
    }
    DropBook.Drop d = drop.get();
    return CallResult.success(
        encode(
            new Uint64(d.memberOpensAt()),
            new Uint64(d.publicOpensAt()),
            uint256(d.supply()),
            uint256(d.sold())));
  }

  static CallResult purchaseOf(Collection c, CalldataReader args) {
    BigInteger dropId = args.uint256(0);
    ChainAddress buyer = args.address(1);
    if (c.drops().find(dropId).isEmpty()) {
      return unknown(dropId);
    }
    return CallResult.success(encode(uint256(c.drops().serialOf(dropId, buyer))));
  }

  /** Whether {@code buyer} may buy now, by the block's timestamp; reverts for unknown drops. */
  static CallResult canBuy(Collection c, CalldataReader args) {
    BigInteger dropId = args.uint256(0);
    ChainAddress buyer = args.address(1);
    DropBook book = c.drops();
    Optional<DropBook.Drop> drop = book.find(dropId);
    if (drop.isEmpty()) {
      return unknown(dropId);
    }
    boolean member = c.state().balanceOf(buyer) > 0;
    boolean may = book.refusal(dropId, drop.get(), buyer, member, now(c)).isEmpty();
    return CallResult.success(encode(bool(may)));
  }

  static CallResult buy(Collection c, CalldataReader args) {
    BigInteger dropId = args.uint256(0);
    ChainAddress buyer = c.sender();
    DropBook book = c.drops();
    Optional<DropBook.Drop> found = book.find(dropId);
    if (found.isEmpty()) {
      return unknown(dropId);
    }
    DropBook.Drop drop = found.get();
    boolean member = c.state().balanceOf(buyer) > 0;
    Optional<DropBook.Refusal> refusal = book.refusal(dropId, drop, buyer, member, now(c));
    if (refusal.isPresent()) {
      return switch (refusal.get()) {
        case NOT_OPEN ->
            MembershipErrors.DROP_NOT_OPEN.revert(
                uint256(dropId), address(buyer), new Uint64(drop.opensAtFor(member)));
        case SOLD_OUT ->
            MembershipErrors.DROP_SOLD_OUT.revert(uint256(dropId), uint256(drop.supply()));
        case ALREADY_PURCHASED ->
            MembershipErrors.ALREADY_PURCHASED.revert(uint256(dropId), address(buyer));
      };
    }
    BigInteger serial = book.record(dropId, drop, buyer);
    boolean memberWindow = now(c) < drop.publicOpensAt();
    MeteredState.of(c.ctx())
        .emit(
            MembershipEvents.DROP_PURCHASED.topics(Word.of(dropId), Word.of(buyer)),
            MembershipEvents.DROP_PURCHASED.data(uint256(serial), bool(memberWindow)));
    return CallResult.success(encode(uint256(serial)));
  }

  private static long now(Collection c) {
    return c.ctx().block().timestampSeconds();
  }

  private static CallResult unknown(BigInteger dropId) {
    return MembershipErrors.UNKNOWN_DROP.revert(uint256(dropId));
  }
}
