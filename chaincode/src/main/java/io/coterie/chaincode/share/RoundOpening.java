package io.coterie.chaincode.share;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.encode;
import static io.coterie.chaincode.abi.AbiValues.string;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.dao.VotingPowerSource;
import io.coterie.chaincode.loyalty.LoyaltyReader;
import io.coterie.chaincode.loyalty.Program;
import io.coterie.chaincode.roles.RolesReader;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.MeteredState;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.spi.WorldStorage;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;

/**
 * {@code openRound} and {@code openListedRound}: checks the opener, the program, the expiry and the
 * weights, pulls the amount from the opener with the program token's {@code transferFrom} (the
 * opener approved {@code 0x…100a} first), then stores the round and emits {@code RoundOpened}. Any
 * refusal, the token's included, reverts the whole call: a round never exists unfunded.
 */
final class RoundOpening {
  /** Most members one listed round takes (each costs a storage write at opening). */
  static final int MAX_LISTED_MEMBERS = 200;

  /** Largest listed weight, 2^128: the total of a full list then fits a uint256 easily. */
  static final BigInteger MAX_LISTED_WEIGHT = BigInteger.ONE.shiftLeft(128);

  private static final BigInteger MAX_ID = BigInteger.valueOf(Long.MAX_VALUE);

  @SuppressWarnings("rawtypes")
  private static final List<TypeReference<?>> LISTED_ARGS =
      List.of(
          new TypeReference<Uint256>() {},
          new TypeReference<Uint256>() {},
          new TypeReference<Uint64>() {},
          new TypeReference<DynamicArray<Address>>() {},
          new TypeReference<DynamicArray<Uint256>>() {});

  private final RolesReader roles;
  private final LoyaltyReader loyalty;
  private final RoundWeights weights;

  RoundOpening(RolesReader roles, LoyaltyReader loyalty, RoundWeights weights) {
    this.roles = roles;
    this.loyalty = loyalty;
    this.weights = weights;
  }

  /** The terms both functions share, once checked. */
  private record Terms(ChainAddress funder, long programId, BigInteger amount, long expiryBlock) {
    /** The round to store: id and claims are the store's. */
    Round round(WeightSource source, long sourceId, long snapshotBlock, BigInteger totalWeight) {
      return new Round(
          BigInteger.ZERO,
          funder,
          programId,
          amount,
          source,
          sourceId,
          snapshotBlock,
          expiryBlock,
          totalWeight,
          BigInteger.ZERO,
          false);
    }
  }

  /**
   * {@code openRound(uint256 programId, uint256 amount, uint8 source, uint256 sourceId, uint64
   * snapshotBlock, uint64 expiryBlock)}.
   */
  CallResult openRound(CallContext ctx, CalldataReader args) {
    Optional<WeightSource> source = WeightSource.fromCode(args.uint8(2));
    if (source.isEmpty() || source.get() == WeightSource.LISTED) {
      return ProfitSharingErrors.INVALID_WEIGHT_SOURCE.revert(new Uint8(args.uint8(2)));
    }
    BigInteger sourceId = args.uint256(3);
    long snapshot = args.uint64(4);
    Optional<CallResult> refused = refusal(ctx, args.uint256(0), args.uint256(1), args.uint64(5));
    if (refused.isPresent()) {
      return refused.get();
    }
    Terms terms =
        new Terms(ctx.sender(), args.uint256(0).longValueExact(), args.uint256(1), args.uint64(5));
    long now = ctx.block().number();
    if (snapshot >= now) {
      return ProfitSharingErrors.SNAPSHOT_NOT_PAST.revert(new Uint64(snapshot), new Uint64(now));
    }
    WorldStorage reads = MeteredState.chargedReads(ctx);
    Uint8 code = new Uint8(source.get().code());
    Optional<VotingPowerSource> votes =
        sourceId.compareTo(MAX_ID) > 0
            ? Optional.empty()
            : weights.votes(source.get().votingKind().orElseThrow(), sourceId.longValueExact());
    if (votes.isEmpty()) {
      return ProfitSharingErrors.UNSUITABLE_WEIGHT_SOURCE.revert(
          code, uint256(sourceId), string("no such source, or no module provides its votes"));
    }
    Optional<String> unsuitable = votes.get().unsuitability(reads);
    if (unsuitable.isPresent()) {
      return ProfitSharingErrors.UNSUITABLE_WEIGHT_SOURCE.revert(
          code, uint256(sourceId), string(unsuitable.get()));
    }
    BigInteger total = votes.get().pastTotalSupply(reads, snapshot);
    if (total.signum() == 0) {
      return ProfitSharingErrors.NO_WEIGHT.revert(code, uint256(sourceId), new Uint64(snapshot));
    }
    Optional<CallResult> unpaid = pull(ctx, terms);
    if (unpaid.isPresent()) {
      return unpaid.get();
    }
    Round round =
        ProfitSharingPrecompile.store(ctx)
            .open(terms.round(source.get(), sourceId.longValueExact(), snapshot, total));
    return opened(ctx, round);
  }

  /**
   * {@code openListedRound(uint256 programId, uint256 amount, uint64 expiryBlock, address[]
   * members, uint256[] weights)}: the weights are the list's, fixed at the opening block.
   */
  @SuppressWarnings({"rawtypes", "unchecked"})
  CallResult openListedRound(CallContext ctx, CalldataReader args) {
    List<Type> decoded = args.decode(LISTED_ARGS);
    List<Address> members = ((DynamicArray<Address>) decoded.get(3)).getValue();
    List<Uint256> listed = ((DynamicArray<Uint256>) decoded.get(4)).getValue();
    Optional<CallResult> refused = refusal(ctx, args.uint256(0), args.uint256(1), args.uint64(2));
    if (refused.isPresent()) {
      return refused.get();
    }
    Terms terms =
        new Terms(ctx.sender(), args.uint256(0).longValueExact(), args.uint256(1), args.uint64(2));
    if (members.size() != listed.size()) {
      return ProfitSharingErrors.LIST_LENGTH_MISMATCH.revert(
          uint256(members.size()), uint256(listed.size()));
    }
    if (members.isEmpty() || members.size() > MAX_LISTED_MEMBERS) {
      return ProfitSharingErrors.INVALID_LIST_SIZE.revert(
          uint256(members.size()), uint256(MAX_LISTED_MEMBERS));
    }
    List<ChainAddress> accounts = new ArrayList<>();
    TreeSet<ChainAddress> seen = new TreeSet<>();
    BigInteger total = BigInteger.ZERO;
    for (int i = 0; i < members.size(); i++) {
      ChainAddress member = ChainAddress.fromHex(members.get(i).getValue());
      BigInteger weight = listed.get(i).getValue();
      if (member.equals(ChainAddress.ZERO)
          || weight.signum() == 0
          || weight.compareTo(MAX_LISTED_WEIGHT) > 0) {
        return ProfitSharingErrors.INVALID_LISTED_MEMBER.revert(address(member), uint256(weight));
      }
      if (!seen.add(member)) {
        return ProfitSharingErrors.DUPLICATE_MEMBER.revert(address(member));
      }
      accounts.add(member);
      total = total.add(weight);
    }
    Optional<CallResult> unpaid = pull(ctx, terms);
    if (unpaid.isPresent()) {
      return unpaid.get();
    }
    RoundStore store = ProfitSharingPrecompile.store(ctx);
    Round round = store.open(terms.round(WeightSource.LISTED, 0, ctx.block().number(), total));
    for (int i = 0; i < accounts.size(); i++) {
      store.putListedWeight(round.id(), accounts.get(i), listed.get(i).getValue());
    }
    return opened(ctx, round);
  }

  /** Why the opener or the terms are refused, or empty when the round may open. */
  private Optional<CallResult> refusal(
      CallContext ctx, BigInteger programId, BigInteger amount, long expiryBlock) {
    WorldStorage reads = MeteredState.chargedReads(ctx);
    ChainAddress opener = ctx.sender();
    if (!opener.equals(StandardRoles.DAO_GOVERNOR_ADDRESS)
        && !roles.hasRole(reads, StandardRoles.BRAND_ROLE, opener)) {
      return Optional.of(ProfitSharingErrors.NOT_ROUND_OPENER.revert(address(opener)));
    }
    if (amount.signum() == 0) {
      return Optional.of(ProfitSharingErrors.ZERO_AMOUNT.revert());
    }
    Optional<Program> program =
        programId.compareTo(MAX_ID) > 0
            ? Optional.empty()
            : loyalty.program(reads, programId.longValueExact());
    if (program.isEmpty()) {
      return Optional.of(ProfitSharingErrors.UNKNOWN_PROGRAM.revert(uint256(programId)));
    }
    if (!program.get().transferable()) {
      return Optional.of(
          ProfitSharingErrors.PROGRAM_NOT_SHAREABLE.revert(
              uint256(programId),
              string("its points are not transferable; share a transferable program")));
    }
    if (program.get().validitySeconds() != 0) {
      return Optional.of(
          ProfitSharingErrors.PROGRAM_NOT_SHAREABLE.revert(
              uint256(programId),
              string(
                  "its points expire and could lapse in the pool; share a program whose points never expire")));
    }
    long now = ctx.block().number();
    if (expiryBlock <= now) {
      return Optional.of(
          ProfitSharingErrors.EXPIRY_NOT_FUTURE.revert(new Uint64(expiryBlock), new Uint64(now)));
    }
    return Optional.empty();
  }

  /** The token's {@code transferFrom(opener, 0x…100a, amount)}; a refusal is the token's error. */
  private static Optional<CallResult> pull(CallContext ctx, Terms terms) {
    return PointsTransfers.transferFrom(
        ctx, terms.programId(), terms.funder(), ctx.self(), terms.amount());
  }

  private static CallResult opened(CallContext ctx, Round round) {
    BigInteger id = round.id();
    MeteredState.of(ctx)
        .emit(
            ProfitSharingEvents.ROUND_OPENED.topics(
                Word.of(id), Word.of(round.funder()), Word.of(round.programId())),
            ProfitSharingEvents.ROUND_OPENED.data(
                uint256(round.amount()),
                new Uint8(round.source().code()),
                uint256(round.sourceId()),
                new Uint64(round.snapshotBlock()),
                new Uint64(round.expiryBlock()),
                uint256(round.totalWeight())));
    return CallResult.success(encode(uint256(id)));
  }
}
