package io.coterie.chaincode.loyalty;

import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.fn;
import static io.coterie.chaincode.support.AbiCalls.u256;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.AbiCalls;
import java.math.BigInteger;
import java.util.List;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.StaticArray4;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;

/**
 * Calldata for the loyalty registry and tokens built with web3j's own encoder, as a client would.
 */
final class LoyaltyCalls {
  private LoyaltyCalls() {}

  /** createProgram arguments with defaults a test can override. */
  record NewProgram(
      String name,
      String symbol,
      int decimals,
      boolean transferable,
      long validity,
      long shopDailyCap,
      long maxBalance,
      List<Long> tiers,
      List<Long> rewards) {
    static NewProgram coteriePoints() {
      return new NewProgram(
          "Coterie Points", "CPT", 18, true, 0, 0, 0, List.of(), List.of(0L, 0L, 0L, 0L));
    }

    NewProgram withValidity(long seconds) {
      return new NewProgram(
          name, symbol, decimals, transferable, seconds, shopDailyCap, maxBalance, tiers, rewards);
    }

    NewProgram withCaps(long daily, long max) {
      return new NewProgram(
          name, symbol, decimals, transferable, validity, daily, max, tiers, rewards);
    }

    NewProgram withTiers(Long... thresholds) {
      return new NewProgram(
          name,
          symbol,
          decimals,
          transferable,
          validity,
          shopDailyCap,
          maxBalance,
          List.of(thresholds),
          rewards);
    }

    NewProgram withRewards(long referral, long review, long share, long content) {
      return new NewProgram(
          name,
          symbol,
          decimals,
          transferable,
          validity,
          shopDailyCap,
          maxBalance,
          tiers,
          List.of(referral, review, share, content));
    }

    NewProgram nonTransferable() {
      return new NewProgram(
          name, symbol, decimals, false, validity, shopDailyCap, maxBalance, tiers, rewards);
    }

    NewProgram named(String newName, String newSymbol) {
      return new NewProgram(
          newName,
          newSymbol,
          decimals,
          transferable,
          validity,
          shopDailyCap,
          maxBalance,
          tiers,
          rewards);
    }
  }

  static byte[] createProgram(NewProgram p) {
    return fn(
        "createProgram",
        new Utf8String(p.name()),
        new Utf8String(p.symbol()),
        new Uint8(p.decimals()),
        new Bool(p.transferable()),
        new Uint64(p.validity()),
        u256(p.shopDailyCap()),
        u256(p.maxBalance()),
        uints(p.tiers()),
        rewards(p.rewards()));
  }

  static byte[] setCaps(long id, long daily, long max) {
    return fn("setCaps", u256(id), u256(daily), u256(max));
  }

  static byte[] setTransferable(long id, boolean transferable) {
    return fn("setTransferable", u256(id), new Bool(transferable));
  }

  static byte[] setTierThresholds(long id, Long... thresholds) {
    return fn("setTierThresholds", u256(id), uints(List.of(thresholds)));
  }

  static byte[] setBehaviourRewards(long id, long a, long b, long c, long d) {
    return fn("setBehaviourRewards", u256(id), rewards(List.of(a, b, c, d)));
  }

  static byte[] setConsentReward(long id, long amount) {
    return fn("setConsentReward", u256(id), u256(amount));
  }

  static byte[] consentReward(long id) {
    return fn("consentReward", u256(id));
  }

  static byte[] authoriseShop(long id, ChainAddress shop) {
    return fn("authoriseShop", u256(id), addr(shop));
  }

  static byte[] deauthoriseShop(long id, ChainAddress shop) {
    return fn("deauthoriseShop", u256(id), addr(shop));
  }

  static byte[] isShopAuthorised(long id, ChainAddress shop) {
    return fn("isShopAuthorised", u256(id), addr(shop));
  }

  static byte[] setExchangeRate(long from, long to, long num, long den) {
    return fn("setExchangeRate", u256(from), u256(to), u256(num), u256(den));
  }

  static byte[] exchangeRate(long from, long to) {
    return fn("exchangeRate", u256(from), u256(to));
  }

  static byte[] programCount() {
    return fn("programCount");
  }

  static byte[] programInfo(long id) {
    return fn("programInfo", u256(id));
  }

  static byte[] tokenAddress(long id) {
    return fn("tokenAddress", u256(id));
  }

  // Token

  static byte[] name() {
    return fn("name");
  }

  static byte[] symbol() {
    return fn("symbol");
  }

  static byte[] decimals() {
    return fn("decimals");
  }

  static byte[] totalSupply() {
    return fn("totalSupply");
  }

  static byte[] balanceOf(ChainAddress a) {
    return fn("balanceOf", addr(a));
  }

  static byte[] allowance(ChainAddress owner, ChainAddress spender) {
    return fn("allowance", addr(owner), addr(spender));
  }

  static byte[] transfer(ChainAddress to, long value) {
    return fn("transfer", addr(to), u256(value));
  }

  static byte[] approve(ChainAddress spender, BigInteger value) {
    return fn("approve", addr(spender), new Uint256(value));
  }

  static byte[] transferFrom(ChainAddress from, ChainAddress to, long value) {
    return fn("transferFrom", addr(from), addr(to), u256(value));
  }

  static byte[] award(ChainAddress member, long amount, Word ref) {
    return fn("award", addr(member), u256(amount), new Bytes32(ref.bytes()));
  }

  static byte[] redeem(long amount, Word ref) {
    return fn("redeem", u256(amount), new Bytes32(ref.bytes()));
  }

  static byte[] rewardBehaviour(ChainAddress member, int kind, Word id) {
    return fn("rewardBehaviour", addr(member), new Uint8(kind), new Bytes32(id.bytes()));
  }

  static byte[] rewardConsent(ChainAddress member, Word purpose) {
    return fn("rewardConsent", addr(member), new Bytes32(purpose.bytes()));
  }

  static byte[] awardRefUsed(Word ref) {
    return fn("awardRefUsed", new Bytes32(ref.bytes()));
  }

  static byte[] awardedOn(ChainAddress shop, long day) {
    return fn("awardedOn", addr(shop), u256(day));
  }

  // Consent precompile (0x…1005), to grant what a program rewards

  /** {@code grantConsent(merchant, purpose, processing, validUntil)}; validUntil 0 = no expiry. */
  static byte[] grantConsent(ChainAddress merchant, Word purpose, long validUntil) {
    return fn(
        "grantConsent",
        addr(merchant),
        new Bytes32(purpose.bytes()),
        new Bytes32(Word.keccak("collect").bytes()),
        new Uint64(validUntil));
  }

  static byte[] revokeConsent(ChainAddress merchant, Word purpose) {
    return fn("revokeConsent", addr(merchant), new Bytes32(purpose.bytes()));
  }

  static byte[] exchange(long toProgram, long amount) {
    return fn("exchange", u256(toProgram), u256(amount));
  }

  static byte[] tierOf(ChainAddress a) {
    return fn("tierOf", addr(a));
  }

  static byte[] lifetimeEarned(ChainAddress a) {
    return fn("lifetimeEarned", addr(a));
  }

  static byte[] lotsOf(ChainAddress a) {
    return fn("lotsOf", addr(a));
  }

  static byte[] nonces(ChainAddress a) {
    return fn("nonces", addr(a));
  }

  static byte[] domainSeparator() {
    return fn("DOMAIN_SEPARATOR");
  }

  static byte[] eip712Domain() {
    return fn("eip712Domain");
  }

  static Word ref(String text) {
    return Word.keccak(text);
  }

  static BigInteger decodeUint(byte[] data) {
    return new BigInteger(1, data);
  }

  private static DynamicArray<Uint256> uints(List<Long> values) {
    return new DynamicArray<>(Uint256.class, values.stream().map(AbiCalls::u256).toList());
  }

  private static StaticArray4<Uint256> rewards(List<Long> values) {
    return new StaticArray4<>(Uint256.class, values.stream().map(AbiCalls::u256).toList());
  }
}
