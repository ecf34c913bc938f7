package io.coterie.chaincode.loyalty;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.bool;
import static io.coterie.chaincode.abi.AbiValues.string;
import static io.coterie.chaincode.abi.AbiValues.uint256;
import static io.coterie.chaincode.loyalty.LoyaltyRegistryPrecompile.ok;
import static io.coterie.chaincode.loyalty.LoyaltyRegistryPrecompile.rewardArray;
import static io.coterie.chaincode.loyalty.LoyaltyRegistryPrecompile.store;
import static io.coterie.chaincode.loyalty.LoyaltyRegistryPrecompile.uintArray;

import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import java.math.BigInteger;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;

/** The loyalty registry's views: programs, shop authorisations, rates, consent rewards, votes. */
final class RegistryViews {
  private RegistryViews() {}

  static CallResult consentReward(CallContext ctx, CalldataReader args) {
    BigInteger idArg = args.uint256(0);
    long id = LoyaltyAccess.programId(idArg);
    ProgramStore store = store(ctx);
    if (!store.exists(id)) {
      return LoyaltyErrors.UNKNOWN_PROGRAM.revert(uint256(idArg));
    }
    return ok(uint256(store.consentReward(id)));
  }

  static CallResult exchangeRate(CallContext ctx, CalldataReader args) {
    long from = LoyaltyAccess.programId(args.uint256(0));
    long to = LoyaltyAccess.programId(args.uint256(1));
    ExchangeRate rate = from < 0 || to < 0 ? ExchangeRate.UNSET : store(ctx).rate(from, to);
    return ok(uint256(rate.numerator()), uint256(rate.denominator()));
  }

  static CallResult isAuthorised(CallContext ctx, CalldataReader args) {
    long id = LoyaltyAccess.programId(args.uint256(0));
    ChainAddress shop = args.address(1);
    return ok(bool(id >= 0 && store(ctx).isAuthorised(id, shop)));
  }

  static CallResult programInfo(CallContext ctx, CalldataReader args) {
    BigInteger idArg = args.uint256(0);
    long id = LoyaltyAccess.programId(idArg);
    ProgramStore store = store(ctx);
    if (!store.exists(id)) {
      return LoyaltyErrors.UNKNOWN_PROGRAM.revert(uint256(idArg));
    }
    Program p = store.load(id);
    return ok(
        address(p.brand()),
        address(p.token()),
        string(p.name()),
        string(p.symbol()),
        new Uint8(p.decimals()),
        bool(p.transferable()),
        new Uint64(p.validitySeconds()),
        uint256(p.shopDailyCap()),
        uint256(p.maxBalance()),
        uintArray(p.tierThresholds()),
        rewardArray(p.behaviourRewards()));
  }

  static CallResult tokenAddress(CallContext ctx, CalldataReader args) {
    BigInteger idArg = args.uint256(0);
    long id = LoyaltyAccess.programId(idArg);
    if (!store(ctx).exists(id)) {
      return LoyaltyErrors.UNKNOWN_PROGRAM.revert(uint256(idArg));
    }
    return ok(address(LoyaltyAddresses.token(id)));
  }

  static CallResult votesEnabled(CallContext ctx, CalldataReader args) {
    long id = LoyaltyAccess.programId(args.uint256(0));
    ProgramStore store = store(ctx);
    return ok(bool(store.exists(id) && store.votesEnabled(id)));
  }
}
