package io.coterie.chaincode.loyalty;

import static io.coterie.chaincode.abi.AbiValues.address;

import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.abi.DispatchTable;
import io.coterie.chaincode.consent.ConsentGate;
import io.coterie.chaincode.consent.ConsentReader;
import io.coterie.chaincode.roles.RolesReader;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Precompile;
import java.util.OptionalLong;

/**
 * Every program token, {@code 0x…2000 + id} for {@code id < 4096} ({@code
 * src/main/solidity/ILoyaltyToken.sol}): ERC-20 + ERC-2612 + ERC-5267 + ERC-5805/6372 votes (once
 * enabled) + Ownable2Step, plus award, redeem, behaviour and consent rewards, tiers and exchange.
 * An address in the range whose program does not exist reverts every call with {@code
 * ProgramNotFound(address)}. Version 2 differs from version 1 in one rule only: a behaviour reward
 * needs the member's consent (see {@link BehaviourConsent}).
 */
public final class LoyaltyTokenPrecompile implements Precompile {
  private final LoyaltyAccess access;
  private final DispatchTable table;

  /** A function of a token whose program exists. */
  @FunctionalInterface
  private interface TokenFunction {
    CallResult apply(TokenCall call, CalldataReader args);
  }

  /** Version 1. */
  public LoyaltyTokenPrecompile(RolesReader roles, ConsentReader consents) {
    this(roles, consents, 1);
  }

  /** Version {@code version}: 1, or 2 (behaviour rewards need the member's consent). */
  public LoyaltyTokenPrecompile(RolesReader roles, ConsentReader consents, int version) {
    this.access = new LoyaltyAccess(roles);
    ConsentGate gate = new ConsentGate(consents);
    ConsentRewards consentRewards = new ConsentRewards(gate);
    BehaviourConsent behaviourConsent =
        switch (version) {
          case 1 -> BehaviourConsent.NOT_CHECKED;
          case 2 -> BehaviourConsent.required(gate);
          default ->
              throw new IllegalArgumentException(
                  "loyalty tokens have versions 1 and 2, not " + version);
        };
    this.table =
        DispatchTable.builder()
            .view("name()", on(Erc20Functions::name))
            .view("symbol()", on(Erc20Functions::symbol))
            .view("decimals()", on(Erc20Functions::decimals))
            .view("totalSupply()", on(Erc20Functions::totalSupply))
            .view("balanceOf(address)", on(Erc20Functions::balanceOf))
            .view("allowance(address,address)", on(Erc20Functions::allowance))
            .nonpayable("transfer(address,uint256)", on(Erc20Functions::transfer))
            .nonpayable("approve(address,uint256)", on(Erc20Functions::approve))
            .nonpayable("transferFrom(address,address,uint256)", on(Erc20Functions::transferFrom))
            .nonpayable(
                "permit(address,address,uint256,uint256,uint8,bytes32,bytes32)",
                on(PermitFunctions::permit))
            .view("nonces(address)", on(PermitFunctions::nonces))
            .view("DOMAIN_SEPARATOR()", on(PermitFunctions::domainSeparator))
            .view("eip712Domain()", on(PermitFunctions::eip712Domain))
            .nonpayable("award(address,uint256,bytes32)", on(PointsFunctions::award))
            .nonpayable("redeem(uint256,bytes32)", on(PointsFunctions::redeem))
            .nonpayable(
                "rewardBehaviour(address,uint8,bytes32)",
                on((call, args) -> PointsFunctions.rewardBehaviour(call, args, behaviourConsent)))
            .nonpayable("rewardConsent(address,bytes32)", on(consentRewards::rewardConsent))
            .nonpayable("exchange(uint256,uint256)", on(PointsFunctions::exchange))
            .view("tierOf(address)", on(PointsFunctions::tierOf))
            .view("lifetimeEarned(address)", on(PointsFunctions::lifetimeEarned))
            .view("lotsOf(address)", on(PointsFunctions::lotsOf))
            .view("awardRefUsed(bytes32)", on(PointsFunctions::awardRefUsed))
            .view("redeemRefUsed(bytes32)", on(PointsFunctions::redeemRefUsed))
            .view("awardedOn(address,uint256)", on(PointsFunctions::awardedOn))
            .view("programId()", on(PointsFunctions::programId))
            .view("clock()", on(VotesFunctions::clock))
            .view("CLOCK_MODE()", on(VotesFunctions::clockMode))
            .view("delegates(address)", on(VotesFunctions::delegates))
            .view("getVotes(address)", on(VotesFunctions::getVotes))
            .view("getPastVotes(address,uint256)", on(VotesFunctions::getPastVotes))
            .view("getPastTotalSupply(uint256)", on(VotesFunctions::getPastTotalSupply))
            .nonpayable("delegate(address)", on(VotesFunctions::delegate))
            .nonpayable(
                "delegateBySig(address,uint256,uint256,uint8,bytes32,bytes32)",
                on(VotesFunctions::delegateBySig))
            .view("owner()", on(OwnershipFunctions::owner))
            .view("pendingOwner()", on(OwnershipFunctions::pendingOwner))
            .nonpayable("transferOwnership(address)", on(OwnershipFunctions::transferOwnership))
            .nonpayable("acceptOwnership()", on(OwnershipFunctions::acceptOwnership))
            .build();
  }

  /** The selector → function table, for tests and tooling. */
  public DispatchTable dispatchTable() {
    return table;
  }

  @Override
  public String name() {
    return "loyalty-token";
  }

  @Override
  public boolean serves(ChainAddress address) {
    return LoyaltyAddresses.programId(address).isPresent();
  }

  @Override
  public CallResult call(CallContext ctx, byte[] input) {
    OptionalLong id = LoyaltyAddresses.programId(ctx.self());
    if (id.isEmpty() || !LoyaltyRegistryPrecompile.store(ctx).exists(id.getAsLong())) {
      return LoyaltyErrors.PROGRAM_NOT_FOUND.revert(address(ctx.self()));
    }
    return table.dispatch(ctx, input);
  }

  private DispatchTable.Handler on(TokenFunction function) {
    return (ctx, args) -> function.apply(TokenCall.of(ctx, access), args);
  }
}
