package io.coterie.chaincode.loyalty;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.encode;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.abi.Checkpoints;
import io.coterie.chaincode.abi.DelegatedVotes;
import io.coterie.chaincode.abi.SolidityError;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.GasSchedule;
import io.coterie.chaincode.spi.MeteredState;
import io.coterie.chaincode.spi.StaticCallViolation;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * One call to a program token: the program id, metered access to the registry and to this token's
 * ledger, and the steps writes share (settle and purge, credit within caps, events).
 */
final class TokenCall {
  private static final BigInteger UINT256_LIMIT = BigInteger.ONE.shiftLeft(256);

  /** Where a program token keeps its ERC-5805 votes (slots 13-15). */
  static final DelegatedVotes.Layout VOTES_LAYOUT =
      new DelegatedVotes.Layout(
          TokenLayout.DELEGATEES, TokenLayout.DELEGATE_CHECKPOINTS, TokenLayout.TOTAL_CHECKPOINTS);

  final CallContext ctx;
  final long id;
  final ChainAddress token;
  final ProgramStore programs;
  final AccountSlots slots;
  final PointLedger ledger;
  final LoyaltyAccess access;

  private TokenCall(CallContext ctx, long id, ChainAddress token, LoyaltyAccess access) {
    this.ctx = ctx;
    this.id = id;
    this.token = token;
    this.access = access;
    this.programs = LoyaltyRegistryPrecompile.store(ctx);
    this.slots = AccountSlots.metered(MeteredState.of(ctx, token));
    this.ledger = new PointLedger(slots, ctx.block().timestampSeconds());
  }

  /** The call to the token {@code ctx.self()}, whose program must exist. */
  static TokenCall of(CallContext ctx, LoyaltyAccess access) {
    long id = LoyaltyAddresses.programId(ctx.self()).orElseThrow();
    return new TokenCall(ctx, id, ctx.self(), access);
  }

  /** The same call acting on program {@code otherId}'s token (e.g. the target of an exchange). */
  TokenCall onProgram(long otherId) {
    return new TokenCall(ctx, otherId, LoyaltyAddresses.token(otherId), access);
  }

  long now() {
    return ctx.block().timestampSeconds();
  }

  ChainAddress sender() {
    return ctx.sender();
  }

  /** Settles the schedule and purges {@code members}' expired lots, emitting PointsExpired. */
  void prepare(ChainAddress... members) {
    ledger.settle();
    for (ChainAddress member : members) {
      BigInteger expired = ledger.purge(member);
      if (expired.signum() > 0) {
        emit(LoyaltyEvents.POINTS_EXPIRED.topics(Word.of(member)), encode(uint256(expired)));
      }
    }
  }

  /** The ERC-5805 checkpoints of this token (kept only while {@link #votesEnabled}). */
  DelegatedVotes votes() {
    return new DelegatedVotes(slots, VOTES_LAYOUT, this::emit, ctx.block().number());
  }

  boolean votesEnabled() {
    return programs.votesEnabled(id);
  }

  /** Destroys {@code amount} of {@code member}'s oldest points (balance checked), votes too. */
  void burn(ChainAddress member, BigInteger amount) {
    ledger.burn(member, amount);
    if (votesEnabled()) {
      votes().transferUnits(member, ChainAddress.ZERO, amount);
    }
  }

  /** Moves {@code amount} points with their expiry (balance checked), votes too. */
  void move(ChainAddress from, ChainAddress to, BigInteger amount) {
    ledger.move(from, to, amount);
    if (!from.equals(to) && votesEnabled()) {
      votes().transferUnits(from, to, amount);
    }
  }

  /** A revert when {@code amount} more would lift {@code member} over the program's max balance. */
  Optional<CallResult> checkMaxBalance(ChainAddress member, BigInteger amount) {
    BigInteger max = programs.maxBalance(id);
    BigInteger balance = ledger.balanceOf(member);
    if (max.signum() > 0 && balance.add(amount).compareTo(max) > 0) {
      return Optional.of(
          LoyaltyErrors.MAX_BALANCE_EXCEEDED.revert(
              address(member), uint256(balance), uint256(amount), uint256(max)));
    }
    return Optional.empty();
  }

  /**
   * Mints {@code amount} new points to {@code member} (after {@link #prepare}), within the max
   * balance; {@code earned} points also count towards the member's lifetime total (tiers).
   */
  Optional<CallResult> mint(ChainAddress member, BigInteger amount, boolean earned) {
    if (member.equals(ChainAddress.ZERO)) {
      return Optional.of(LoyaltyErrors.ERC20_INVALID_RECEIVER.revert(address(member)));
    }
    Optional<CallResult> overCap = checkMaxBalance(member, amount);
    if (overCap.isPresent()) {
      return overCap;
    }
    BigInteger lifetime = lifetimeEarned(member).add(earned ? amount : BigInteger.ZERO);
    BigInteger increasedSupply = ledger.storedSupply().add(amount);
    if (increasedSupply.compareTo(UINT256_LIMIT) >= 0 || lifetime.compareTo(UINT256_LIMIT) >= 0) {
      return Optional.of(CallResult.revert(SolidityError.panic(LoyaltyErrors.PANIC_OVERFLOW)));
    }
    boolean votes = votesEnabled();
    if (votes && increasedSupply.compareTo(Checkpoints.MAX_VALUE) > 0) {
      return Optional.of(
          LoyaltyErrors.ERC20_EXCEEDED_SAFE_SUPPLY.revert(
              uint256(increasedSupply), uint256(Checkpoints.MAX_VALUE)));
    }
    ledger.mint(member, amount, PointLedger.expiryOf(now(), programs.validity(id)));
    if (votes) {
      votes().transferUnits(ChainAddress.ZERO, member, amount);
    }
    if (earned) {
      slots.store(TokenLayout.lifetimeEarned(member), Word.of(lifetime));
    }
    emit(
        LoyaltyEvents.TRANSFER.topics(Word.of(ChainAddress.ZERO), Word.of(member)),
        encode(uint256(amount)));
    return Optional.empty();
  }

  /** A revert when {@code member} (after {@link #prepare}) holds less than {@code amount}. */
  Optional<CallResult> checkBalance(ChainAddress member, BigInteger amount) {
    BigInteger balance = ledger.balanceOf(member);
    if (balance.compareTo(amount) < 0) {
      return Optional.of(
          LoyaltyErrors.ERC20_INSUFFICIENT_BALANCE.revert(
              address(member), uint256(balance), uint256(amount)));
    }
    return Optional.empty();
  }

  /** Marks a one-time key used; {@code false} if it already was. */
  boolean useOnce(Word slot) {
    if (!slots.load(slot).isZero()) {
      return false;
    }
    slots.store(slot, Word.of(true));
    return true;
  }

  BigInteger lifetimeEarned(ChainAddress member) {
    return slots.load(TokenLayout.lifetimeEarned(member)).toBigInteger();
  }

  /** Emits from this token's address (which, for {@link #onProgram}, is not the called one). */
  void emit(List<Word> topics, byte[] data) {
    if (ctx.isStatic()) {
      throw new StaticCallViolation(token, "emit an event");
    }
    ctx.gas().charge(GasSchedule.event(topics.size(), data.length));
    ctx.events().emit(token, List.copyOf(topics), data.clone());
  }
}
