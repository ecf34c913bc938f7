package io.coterie.chaincode.loyalty;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.bool;
import static io.coterie.chaincode.abi.AbiValues.bytes32;
import static io.coterie.chaincode.abi.AbiValues.encode;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.abi.MalformedCalldataException;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;

/** Loyalty functions of a program token: award, redeem, behaviour rewards, exchange, tiers. */
final class PointsFunctions {
  private PointsFunctions() {}

  static CallResult award(TokenCall call, CalldataReader args) {
    ChainAddress member = args.address(0);
    BigInteger amount = args.uint256(1);
    Word ref = args.bytes32(2);
    ChainAddress shop = call.sender();
    if (amount.signum() == 0) {
      return LoyaltyErrors.ZERO_AMOUNT.revert();
    }
    if (!isAuthorisedShop(call, shop)) {
      return LoyaltyErrors.SHOP_NOT_AUTHORISED.revert(uint256(call.id), address(shop));
    }
    if (!call.useOnce(TokenLayout.awardRef(ref))) {
      return LoyaltyErrors.REF_ALREADY_USED.revert(bytes32(ref));
    }
    Optional<CallResult> problem = creditByShop(call, shop, member, amount);
    if (problem.isPresent()) {
      return problem.get();
    }
    call.emit(
        LoyaltyEvents.AWARDED.topics(Word.of(shop), Word.of(member), ref), encode(uint256(amount)));
    return CallResult.success();
  }

  static CallResult redeem(TokenCall call, CalldataReader args) {
    BigInteger amount = args.uint256(0);
    Word ref = args.bytes32(1);
    ChainAddress member = call.sender();
    if (amount.signum() == 0) {
      return LoyaltyErrors.ZERO_AMOUNT.revert();
    }
    if (!call.useOnce(TokenLayout.redeemRef(ref))) {
      return LoyaltyErrors.REF_ALREADY_USED.revert(bytes32(ref));
    }
    call.prepare(member);
    Optional<CallResult> problem = call.checkBalance(member, amount);
    if (problem.isPresent()) {
      return problem.get();
    }
    call.burn(member, amount);
    call.emit(
        LoyaltyEvents.TRANSFER.topics(Word.of(member), Word.of(ChainAddress.ZERO)),
        encode(uint256(amount)));
    call.emit(LoyaltyEvents.REDEEMED.topics(Word.of(member), ref), encode(uint256(amount)));
    return CallResult.success();
  }

  static CallResult rewardBehaviour(TokenCall call, CalldataReader args, BehaviourConsent consent) {
    ChainAddress member = args.address(0);
    long kindArg = args.uint64(1);
    if (kindArg > 0xff) {
      throw new MalformedCalldataException("argument 1 is not a uint8: " + kindArg);
    }
    Word behaviourId = args.bytes32(2);
    Optional<Behaviour> kind = Behaviour.ofKind(kindArg);
    if (kind.isEmpty()) {
      return LoyaltyErrors.UNKNOWN_BEHAVIOUR.revert(new Uint8(kindArg));
    }
    ChainAddress caller = call.sender();
    boolean byBrand = caller.equals(call.programs.brand(call.id));
    if (!byBrand && !isAuthorisedShop(call, caller)) {
      return LoyaltyErrors.SHOP_NOT_AUTHORISED.revert(uint256(call.id), address(caller));
    }
    Optional<CallResult> noConsent = consent.check(call, member, caller, kind.get());
    if (noConsent.isPresent()) {
      return noConsent.get();
    }
    BigInteger amount = call.programs.behaviourReward(call.id, kind.get());
    if (amount.signum() == 0) {
      return LoyaltyErrors.BEHAVIOUR_NOT_REWARDED.revert(new Uint8(kindArg));
    }
    if (!call.useOnce(TokenLayout.behaviourId((int) kindArg, behaviourId))) {
      return LoyaltyErrors.BEHAVIOUR_ALREADY_REWARDED.revert(
          new Uint8(kindArg), bytes32(behaviourId));
    }
    if (!byBrand) {
      Optional<CallResult> overCap = countTowardsDailyCap(call, caller, amount);
      if (overCap.isPresent()) {
        return overCap.get();
      }
    }
    call.prepare(member);
    Optional<CallResult> problem = call.mint(member, amount, true);
    if (problem.isPresent()) {
      return problem.get();
    }
    call.emit(
        LoyaltyEvents.BEHAVIOUR_REWARDED.topics(Word.of(member), Word.of(kindArg), behaviourId),
        encode(uint256(amount)));
    return CallResult.success();
  }

  static CallResult exchange(TokenCall call, CalldataReader args) {
    BigInteger toArg = args.uint256(0);
    BigInteger amount = args.uint256(1);
    ChainAddress member = call.sender();
    if (amount.signum() == 0) {
      return LoyaltyErrors.ZERO_AMOUNT.revert();
    }
    long to = LoyaltyAccess.programId(toArg);
    if (!call.programs.exists(to)) {
      return LoyaltyErrors.UNKNOWN_PROGRAM.revert(uint256(toArg));
    }
    ExchangeRate rate = to == call.id ? ExchangeRate.UNSET : call.programs.rate(call.id, to);
    if (!rate.isSet()) {
      return LoyaltyErrors.EXCHANGE_RATE_UNSET.revert(uint256(call.id), uint256(toArg));
    }
    BigInteger received = rate.convert(amount);
    if (received.signum() == 0) {
      return LoyaltyErrors.EXCHANGE_AMOUNT_TOO_SMALL.revert(uint256(amount), uint256(received));
    }
    call.prepare(member);
    Optional<CallResult> problem = call.checkBalance(member, amount);
    if (problem.isPresent()) {
      return problem.get();
    }
    call.burn(member, amount);
    call.emit(
        LoyaltyEvents.TRANSFER.topics(Word.of(member), Word.of(ChainAddress.ZERO)),
        encode(uint256(amount)));
    TokenCall target = call.onProgram(to);
    target.prepare(member);
    problem = target.mint(member, received, false);
    if (problem.isPresent()) {
      return problem.get();
    }
    call.emit(
        LoyaltyEvents.EXCHANGED.topics(Word.of(member), Word.of(to)),
        encode(uint256(amount), uint256(received)));
    return CallResult.success();
  }

  static CallResult tierOf(TokenCall call, CalldataReader args) {
    BigInteger lifetime = call.lifetimeEarned(args.address(0));
    long tier =
        call.programs.tierThresholds(call.id).stream()
            .filter(t -> lifetime.compareTo(t) >= 0)
            .count();
    return CallResult.success(encode(new Uint8(tier)));
  }

  static CallResult lifetimeEarned(TokenCall call, CalldataReader args) {
    return CallResult.success(encode(uint256(call.lifetimeEarned(args.address(0)))));
  }

  static CallResult lotsOf(TokenCall call, CalldataReader args) {
    List<Lot> lots = call.ledger.liveLots(args.address(0));
    return CallResult.success(
        encode(
            new DynamicArray<>(
                Uint64.class, lots.stream().map(l -> new Uint64(l.expiresAt())).toList()),
            new DynamicArray<>(
                Uint256.class, lots.stream().map(l -> new Uint256(l.amount())).toList())));
  }

  static CallResult awardRefUsed(TokenCall call, CalldataReader args) {
    return CallResult.success(
        encode(bool(!call.slots.load(TokenLayout.awardRef(args.bytes32(0))).isZero())));
  }

  static CallResult redeemRefUsed(TokenCall call, CalldataReader args) {
    return CallResult.success(
        encode(bool(!call.slots.load(TokenLayout.redeemRef(args.bytes32(0))).isZero())));
  }

  static CallResult awardedOn(TokenCall call, CalldataReader args) {
    ChainAddress shop = args.address(0);
    BigInteger day = args.uint256(1);
    BigInteger awarded =
        day.bitLength() > 63
            ? BigInteger.ZERO
            : call.slots.load(TokenLayout.awardedOnDay(shop, day.longValueExact())).toBigInteger();
    return CallResult.success(encode(uint256(awarded)));
  }

  static CallResult programId(TokenCall call, CalldataReader args) {
    return CallResult.success(encode(uint256(call.id)));
  }

  /**
   * Credits {@code amount} earned points from {@code shop} to {@code member}: counts them towards
   * the shop's daily cap, then mints within the member's max balance (lifetime earned, expiry lot,
   * Transfer event). The path of every shop-issued award.
   */
  static Optional<CallResult> creditByShop(
      TokenCall call, ChainAddress shop, ChainAddress member, BigInteger amount) {
    Optional<CallResult> overCap = countTowardsDailyCap(call, shop, amount);
    if (overCap.isPresent()) {
      return overCap;
    }
    call.prepare(member);
    return call.mint(member, amount, true);
  }

  static boolean isAuthorisedShop(TokenCall call, ChainAddress account) {
    return call.programs.isAuthorised(call.id, account)
        && call.access.hasRole(call.ctx, StandardRoles.SHOP_ROLE, account);
  }

  private static Optional<CallResult> countTowardsDailyCap(
      TokenCall call, ChainAddress shop, BigInteger amount) {
    long day = call.now() / PointLedger.DAY;
    Word slot = TokenLayout.awardedOnDay(shop, day);
    BigInteger awarded = call.slots.load(slot).toBigInteger();
    BigInteger cap = call.programs.shopDailyCap(call.id);
    if (cap.signum() > 0 && awarded.add(amount).compareTo(cap) > 0) {
      return Optional.of(
          LoyaltyErrors.DAILY_CAP_EXCEEDED.revert(
              address(shop), uint256(day), uint256(awarded), uint256(amount), uint256(cap)));
    }
    BigInteger total = awarded.add(amount);
    if (total.bitLength() <= 256) {
      call.slots.store(slot, Word.of(total));
    }
    return Optional.empty();
  }
}
