package io.coterie.chaincode.share;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.bool;
import static io.coterie.chaincode.abi.AbiValues.encode;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.abi.DispatchTable;
import io.coterie.chaincode.dao.VotingPowerSources;
import io.coterie.chaincode.loyalty.LoyaltyReader;
import io.coterie.chaincode.roles.RolesReader;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.MeteredState;
import io.coterie.chaincode.spi.Precompile;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.Optional;
import java.util.function.BiFunction;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;

/**
 * Profit sharing at {@code 0x…100a} ({@code IProfitSharing.sol}): rounds are opened by {@link
 * RoundOpening}; here members {@code claim} their share while the round runs, anyone returns what
 * is left to the funder with {@code reclaimExpired} once it has expired, and anyone reads.
 */
public final class ProfitSharingPrecompile implements Precompile {
  private final RoundWeights weights;
  private final DispatchTable table;

  public ProfitSharingPrecompile(
      RolesReader roles, LoyaltyReader loyalty, VotingPowerSources sources) {
    this.weights = new RoundWeights(sources);
    RoundOpening opening = new RoundOpening(roles, loyalty, weights);
    this.table =
        DispatchTable.builder()
            .nonpayable(
                "openRound(uint256,uint256,uint8,uint256,uint64,uint64)", opening::openRound)
            .nonpayable(
                "openListedRound(uint256,uint256,uint64,address[],uint256[])",
                opening::openListedRound)
            .nonpayable("claim(uint256)", onRound(this::claim))
            .nonpayable("reclaimExpired(uint256)", onRound(this::reclaimExpired))
            .view(
                "roundCount()",
                (ctx, args) -> CallResult.success(encode(uint256(store(ctx).count()))))
            .view("roundInfo(uint256)", onRound((c, r) -> roundInfo(r)))
            .view("weightOf(uint256,address)", onRound(this::weightOf))
            .view("claimable(uint256,address)", onRound(this::claimable))
            .view("claimed(uint256,address)", onRound(this::claimed))
            .build();
  }

  /** The selector → function table, for tests and tooling. */
  public DispatchTable dispatchTable() {
    return table;
  }

  @Override
  public String name() {
    return "profitsharing";
  }

  @Override
  public boolean serves(ChainAddress address) {
    return ProfitSharingLayout.ADDRESS.equals(address);
  }

  @Override
  public CallResult call(CallContext ctx, byte[] input) {
    return table.dispatch(ctx, input);
  }

  static RoundStore store(CallContext ctx) {
    return new RoundStore(AccountSlots.metered(MeteredState.of(ctx, ProfitSharingLayout.ADDRESS)));
  }

  /** A call on the round that its first argument names. */
  private record OnRound(CallContext ctx, CalldataReader args, RoundStore store, Round round) {}

  private static DispatchTable.Handler onRound(BiFunction<OnRound, Round, CallResult> handler) {
    return (ctx, args) -> {
      BigInteger id = args.uint256(0);
      RoundStore store = store(ctx);
      Optional<Round> round = store.load(id);
      if (round.isEmpty()) {
        return ProfitSharingErrors.UNKNOWN_ROUND.revert(uint256(id));
      }
      return handler.apply(new OnRound(ctx, args, store, round.get()), round.get());
    };
  }

  private CallResult claim(OnRound call, Round round) {
    CallContext ctx = call.ctx();
    ChainAddress member = ctx.sender();
    long now = ctx.block().number();
    if (round.expiredAt(now)) {
      return ProfitSharingErrors.ROUND_EXPIRED.revert(
          uint256(round.id()), new Uint64(round.expiryBlock()), new Uint64(now));
    }
    BigInteger already = call.store().claimed(round.id(), member);
    if (already.signum() > 0) {
      return ProfitSharingErrors.ALREADY_CLAIMED.revert(
          uint256(round.id()), address(member), uint256(already));
    }
    BigInteger share = round.shareOf(weight(call, member));
    if (share.signum() == 0) {
      return ProfitSharingErrors.NOTHING_TO_CLAIM.revert(uint256(round.id()), address(member));
    }
    call.store().recordClaim(round, member, share);
    Optional<CallResult> unpaid = PointsTransfers.transfer(ctx, round.programId(), member, share);
    if (unpaid.isPresent()) {
      return unpaid.get();
    }
    MeteredState.of(ctx)
        .emit(
            ProfitSharingEvents.SHARE_CLAIMED.topics(Word.of(round.id()), Word.of(member)),
            ProfitSharingEvents.SHARE_CLAIMED.data(uint256(share)));
    return CallResult.success(encode(uint256(share)));
  }

  private CallResult reclaimExpired(OnRound call, Round round) {
    CallContext ctx = call.ctx();
    long now = ctx.block().number();
    if (!round.expiredAt(now)) {
      return ProfitSharingErrors.ROUND_NOT_EXPIRED.revert(
          uint256(round.id()), new Uint64(round.expiryBlock()), new Uint64(now));
    }
    if (round.reclaimed()) {
      return ProfitSharingErrors.ALREADY_RECLAIMED.revert(uint256(round.id()));
    }
    call.store().markReclaimed(round);
    BigInteger rest = round.unclaimed();
    if (rest.signum() > 0) {
      Optional<CallResult> unpaid =
          PointsTransfers.transfer(ctx, round.programId(), round.funder(), rest);
      if (unpaid.isPresent()) {
        return unpaid.get();
      }
    }
    MeteredState.of(ctx)
        .emit(
            ProfitSharingEvents.ROUND_RECLAIMED.topics(
                Word.of(round.id()), Word.of(round.funder())),
            ProfitSharingEvents.ROUND_RECLAIMED.data(uint256(rest)));
    return CallResult.success(encode(uint256(rest)));
  }

  private static CallResult roundInfo(Round r) {
    return CallResult.success(
        encode(
            address(r.funder()),
            uint256(r.programId()),
            uint256(r.amount()),
            new Uint8(r.source().code()),
            uint256(r.sourceId()),
            new Uint64(r.snapshotBlock()),
            new Uint64(r.expiryBlock()),
            uint256(r.totalWeight()),
            uint256(r.claimedTotal()),
            bool(r.reclaimed())));
  }

  private CallResult weightOf(OnRound call, Round round) {
    return CallResult.success(encode(uint256(weight(call, call.args().address(1)))));
  }

  /** What {@code member} would receive now: 0 once claimed, and after the expiry. */
  private CallResult claimable(OnRound call, Round round) {
    ChainAddress member = call.args().address(1);
    boolean open =
        !round.expiredAt(call.ctx().block().number())
            && call.store().claimed(round.id(), member).signum() == 0;
    BigInteger share = open ? round.shareOf(weight(call, member)) : BigInteger.ZERO;
    return CallResult.success(encode(uint256(share)));
  }

  private CallResult claimed(OnRound call, Round round) {
    return CallResult.success(
        encode(uint256(call.store().claimed(round.id(), call.args().address(1)))));
  }

  private BigInteger weight(OnRound call, ChainAddress member) {
    return weights.weightOf(
        MeteredState.chargedReads(call.ctx()), call.store(), call.round(), member);
  }
}
