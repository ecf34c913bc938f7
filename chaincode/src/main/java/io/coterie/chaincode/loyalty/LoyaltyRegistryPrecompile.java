package io.coterie.chaincode.loyalty;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.bool;
import static io.coterie.chaincode.abi.AbiValues.bytes32;
import static io.coterie.chaincode.abi.AbiValues.encode;
import static io.coterie.chaincode.abi.AbiValues.string;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.abi.Checkpoints;
import io.coterie.chaincode.abi.DispatchTable;
import io.coterie.chaincode.roles.RolesReader;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.MeteredState;
import io.coterie.chaincode.spi.Precompile;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.StaticArray4;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint64;

/**
 * The loyalty registry at {@code 0x…1001} ({@code src/main/solidity/ILoyaltyPrograms.sol}): brands
 * create and configure programs, authorise shops, and governance sets exchange rates.
 */
public final class LoyaltyRegistryPrecompile implements Precompile {
  private final LoyaltyAccess access;
  private final DispatchTable table;

  public LoyaltyRegistryPrecompile(RolesReader roles) {
    this.access = new LoyaltyAccess(roles);
    this.table =
        DispatchTable.builder()
            .nonpayable(
                "createProgram(string,string,uint8,bool,uint64,uint256,uint256,uint256[],uint256[4])",
                this::createProgram)
            .nonpayable("setCaps(uint256,uint256,uint256)", this::setCaps)
            .nonpayable("setTransferable(uint256,bool)", this::setTransferable)
            .nonpayable("setTierThresholds(uint256,uint256[])", this::setTierThresholds)
            .nonpayable("setBehaviourRewards(uint256,uint256[4])", this::setBehaviourRewards)
            .nonpayable("setConsentReward(uint256,uint256)", this::setConsentReward)
            .nonpayable("enableVotes(uint256)", this::enableVotes)
            .view("votesEnabled(uint256)", RegistryViews::votesEnabled)
            .view("consentReward(uint256)", RegistryViews::consentReward)
            .nonpayable("authoriseShop(uint256,address)", (c, a) -> authorise(c, a, true))
            .nonpayable("deauthoriseShop(uint256,address)", (c, a) -> authorise(c, a, false))
            .view("isShopAuthorised(uint256,address)", RegistryViews::isAuthorised)
            .nonpayable("setExchangeRate(uint256,uint256,uint256,uint256)", this::setRate)
            .view("exchangeRate(uint256,uint256)", RegistryViews::exchangeRate)
            .view("programCount()", (c, a) -> ok(uint256(store(c).count())))
            .view("programInfo(uint256)", RegistryViews::programInfo)
            .view("tokenAddress(uint256)", RegistryViews::tokenAddress)
            .build();
  }

  /** The selector → function table, for tests and tooling. */
  public DispatchTable dispatchTable() {
    return table;
  }

  @Override
  public String name() {
    return "loyalty-registry";
  }

  @Override
  public boolean serves(ChainAddress address) {
    return LoyaltyAddresses.REGISTRY.equals(address);
  }

  @Override
  public CallResult call(CallContext ctx, byte[] input) {
    return table.dispatch(ctx, input);
  }

  static ProgramStore store(CallContext ctx) {
    return new ProgramStore(AccountSlots.metered(MeteredState.of(ctx, LoyaltyAddresses.REGISTRY)));
  }

  private CallResult createProgram(CallContext ctx, CalldataReader args) {
    List<TypeReference<?>> types = new ArrayList<>();
    types.add(new TypeReference<Utf8String>() {});
    types.add(new TypeReference<Utf8String>() {});
    for (int i = 0; i < 5; i++) {
      types.add(new TypeReference<Uint256>() {});
    }
    types.add(new TypeReference<DynamicArray<Uint256>>() {});
    @SuppressWarnings("rawtypes")
    List<Type> decoded = args.decode(types);
    String name = (String) decoded.get(0).getValue();
    String symbol = (String) decoded.get(1).getValue();
    int decimals = args.uint8(2);
    boolean transferable = args.bool(3);
    long validity = args.uint64(4);
    BigInteger shopDailyCap = args.uint256(5);
    BigInteger maxBalance = args.uint256(6);
    List<BigInteger> tiers = uints(decoded.get(7));
    List<BigInteger> rewards = rewards(args, 8);

    if (!access.hasRole(ctx, StandardRoles.BRAND_ROLE, ctx.sender())) {
      return LoyaltyErrors.UNAUTHORIZED_ACCOUNT.revert(
          address(ctx.sender()), bytes32(StandardRoles.BRAND_ROLE));
    }
    Optional<String> problem =
        ProgramRules.checkNew(name, symbol, validity).or(() -> ProgramRules.checkTiers(tiers));
    if (problem.isPresent()) {
      return LoyaltyErrors.INVALID_PROGRAM_CONFIG.revert(string(problem.get()));
    }
    ProgramStore store = store(ctx);
    long id = store.count();
    if (id >= LoyaltyAddresses.MAX_PROGRAMS) {
      return LoyaltyErrors.PROGRAM_LIMIT_REACHED.revert(uint256(LoyaltyAddresses.MAX_PROGRAMS));
    }
    Program program =
        new Program(
            id,
            ctx.sender(),
            name,
            symbol,
            decimals,
            transferable,
            validity,
            shopDailyCap,
            maxBalance,
            tiers,
            rewards);
    store.create(program);
    emit(
        ctx,
        LoyaltyEvents.PROGRAM_CREATED.topics(
            Word.of(id), Word.of(ctx.sender()), Word.of(program.token())),
        encode(string(name), string(symbol)));
    return ok(uint256(id));
  }

  private CallResult setCaps(CallContext ctx, CalldataReader args) {
    BigInteger shopDailyCap = args.uint256(1);
    BigInteger maxBalance = args.uint256(2);
    return configure(
        ctx,
        args,
        (store, id) -> {
          store.setCaps(id, shopDailyCap, maxBalance);
          emit(
              ctx,
              LoyaltyEvents.CAPS_CHANGED.topics(Word.of(id)),
              encode(uint256(shopDailyCap), uint256(maxBalance)));
          return CallResult.success();
        });
  }

  private CallResult setTransferable(CallContext ctx, CalldataReader args) {
    boolean transferable = args.bool(1);
    return configure(
        ctx,
        args,
        (store, id) -> {
          store.setTransferable(id, transferable);
          emit(
              ctx,
              LoyaltyEvents.TRANSFERABLE_CHANGED.topics(Word.of(id)),
              encode(bool(transferable)));
          return CallResult.success();
        });
  }

  private CallResult setTierThresholds(CallContext ctx, CalldataReader args) {
    List<BigInteger> tiers =
        uints(
            args.decode(
                    List.of(
                        new TypeReference<Uint256>() {},
                        new TypeReference<DynamicArray<Uint256>>() {}))
                .get(1));
    return configure(
        ctx,
        args,
        (store, id) -> {
          Optional<String> problem = ProgramRules.checkTiers(tiers);
          if (problem.isPresent()) {
            return LoyaltyErrors.INVALID_PROGRAM_CONFIG.revert(string(problem.get()));
          }
          store.setTierThresholds(id, tiers);
          emit(
              ctx,
              LoyaltyEvents.TIER_THRESHOLDS_CHANGED.topics(Word.of(id)),
              encode(uintArray(tiers)));
          return CallResult.success();
        });
  }

  private CallResult setBehaviourRewards(CallContext ctx, CalldataReader args) {
    List<BigInteger> rewards = rewards(args, 1);
    return configure(
        ctx,
        args,
        (store, id) -> {
          store.setBehaviourRewards(id, rewards);
          emit(
              ctx,
              LoyaltyEvents.BEHAVIOUR_REWARDS_CHANGED.topics(Word.of(id)),
              encode(rewardArray(rewards)));
          return CallResult.success();
        });
  }

  private CallResult setConsentReward(CallContext ctx, CalldataReader args) {
    BigInteger amount = args.uint256(1);
    return configure(
        ctx,
        args,
        (store, id) -> {
          store.setConsentReward(id, amount);
          emit(ctx, LoyaltyEvents.CONSENT_REWARD_SET.topics(Word.of(id)), encode(uint256(amount)));
          return CallResult.success();
        });
  }

  /**
   * Makes the program keep ERC-5805 vote checkpoints from this block on, for good: its points can
   * then weigh a DAO governor. Needs points that never expire (validity 0). The total-supply
   * checkpoint starts at the current supply; holders' votes count once they delegate.
   */
  private CallResult enableVotes(CallContext ctx, CalldataReader args) {
    return configure(
        ctx,
        args,
        (store, id) -> {
          if (store.votesEnabled(id)) {
            return LoyaltyErrors.VOTES_ALREADY_ENABLED.revert(uint256(id));
          }
          long validity = store.validity(id);
          if (validity != 0) {
            return LoyaltyErrors.VOTES_NEED_NON_EXPIRING_POINTS.revert(
                uint256(id), new Uint64(validity));
          }
          store.enableVotes(id);
          AccountSlots token =
              AccountSlots.metered(MeteredState.of(ctx, LoyaltyAddresses.token(id)));
          BigInteger supply = token.load(TokenLayout.SUPPLY).toBigInteger();
          new Checkpoints(token, TokenLayout.TOTAL_CHECKPOINTS).push(ctx.block().number(), supply);
          emit(ctx, LoyaltyEvents.VOTES_ENABLED.topics(Word.of(id)), encode(uint256(supply)));
          return CallResult.success();
        });
  }

  private CallResult authorise(CallContext ctx, CalldataReader args, boolean authorised) {
    ChainAddress shop = args.address(1);
    return configure(
        ctx,
        args,
        (store, id) -> {
          if (authorised && !access.hasRole(ctx, StandardRoles.SHOP_ROLE, shop)) {
            return LoyaltyErrors.SHOP_ROLE_MISSING.revert(address(shop));
          }
          store.setAuthorised(id, shop, authorised);
          var event = authorised ? LoyaltyEvents.SHOP_AUTHORISED : LoyaltyEvents.SHOP_DEAUTHORISED;
          emit(ctx, event.topics(Word.of(id), Word.of(shop), Word.of(ctx.sender())), new byte[0]);
          return CallResult.success();
        });
  }

  private CallResult setRate(CallContext ctx, CalldataReader args) {
    BigInteger fromArg = args.uint256(0);
    BigInteger toArg = args.uint256(1);
    BigInteger numerator = args.uint256(2);
    BigInteger denominator = args.uint256(3);
    if (!access.maySetRates(ctx)) {
      return LoyaltyErrors.NOT_GOVERNANCE.revert(address(ctx.sender()));
    }
    ProgramStore store = store(ctx);
    long from = LoyaltyAccess.programId(fromArg);
    long to = LoyaltyAccess.programId(toArg);
    boolean unsetting = numerator.signum() == 0 && denominator.signum() == 0;
    if (!store.exists(from)
        || !store.exists(to)
        || from == to
        || (!unsetting && (numerator.signum() == 0 || denominator.signum() == 0))) {
      return LoyaltyErrors.INVALID_EXCHANGE_RATE.revert(
          uint256(fromArg), uint256(toArg), uint256(numerator), uint256(denominator));
    }
    store.setRate(from, to, new ExchangeRate(numerator, denominator));
    emit(
        ctx,
        LoyaltyEvents.EXCHANGE_RATE_SET.topics(Word.of(from), Word.of(to)),
        encode(uint256(numerator), uint256(denominator)));
    return CallResult.success();
  }

  private interface Change {
    CallResult apply(ProgramStore store, long id);
  }

  /**
   * Runs {@code change} on program {@code args[0]} if it exists and the caller may configure it.
   */
  private CallResult configure(CallContext ctx, CalldataReader args, Change change) {
    BigInteger idArg = args.uint256(0);
    long id = LoyaltyAccess.programId(idArg);
    ProgramStore store = store(ctx);
    if (!store.exists(id)) {
      return LoyaltyErrors.UNKNOWN_PROGRAM.revert(uint256(idArg));
    }
    if (!access.mayConfigure(ctx, store, id)) {
      return LoyaltyErrors.NOT_PROGRAM_ADMIN.revert(uint256(id), address(ctx.sender()));
    }
    return change.apply(store, id);
  }

  private static List<BigInteger> rewards(CalldataReader args, int firstIndex) {
    List<BigInteger> out = new ArrayList<>();
    for (int i = 0; i < Behaviour.values().length; i++) {
      out.add(args.uint256(firstIndex + i));
    }
    return out;
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static List<BigInteger> uints(Type array) {
    return ((List<Uint256>) array.getValue()).stream().map(Uint256::getValue).toList();
  }

  static DynamicArray<Uint256> uintArray(List<BigInteger> values) {
    return new DynamicArray<>(Uint256.class, values.stream().map(Uint256::new).toList());
  }

  static StaticArray4<Uint256> rewardArray(List<BigInteger> values) {
    return new StaticArray4<>(Uint256.class, values.stream().map(Uint256::new).toList());
  }

  private static void emit(CallContext ctx, List<Word> topics, byte[] data) {
    MeteredState.of(ctx).emit(topics, data);
  }

  @SuppressWarnings("rawtypes")
  static CallResult ok(Type... values) {
    return CallResult.success(encode(values));
  }
}
