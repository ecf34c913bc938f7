package io.coterie.chaincode.did;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.bool;
import static io.coterie.chaincode.abi.AbiValues.encode;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.abi.DispatchTable;
import io.coterie.chaincode.abi.EcRecover;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.MeteredState;
import io.coterie.chaincode.spi.Precompile;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The identity registry at {@code 0x…1007} ({@code IEthereumDIDRegistry.sol}): the ERC-1056 {@code
 * EthereumDIDRegistry} of uPort/ethr-did, function for function, event for event and slot for slot,
 * so that {@code did:ethr:<chainId>:<address>} resolves here with the unmodified ethr-did-resolver.
 * Anyone who may send a transaction may manage an identity they own; the {@code …Signed} variants
 * let a relayer (a shop) submit a change its owner signed.
 */
public final class DidRegistryPrecompile implements Precompile {
  /** The precompile's fixed address. */
  public static final ChainAddress ADDRESS = ChainAddress.of(0x1007);

  private final DispatchTable table =
      DispatchTable.builder()
          .view("owners(address)", DidRegistryPrecompile::owners)
          .view("delegates(address,bytes32,address)", DidRegistryPrecompile::delegates)
          .view("changed(address)", DidRegistryPrecompile::changed)
          .view("nonce(address)", DidRegistryPrecompile::nonce)
          .view("identityOwner(address)", DidRegistryPrecompile::identityOwner)
          .view("validDelegate(address,bytes32,address)", DidRegistryPrecompile::validDelegate)
          .nonpayable("changeOwner(address,address)", direct(DidChange.OwnerChange::decode))
          .nonpayable(
              "changeOwnerSigned(address,uint8,bytes32,bytes32,address)",
              signed(DidChange.OwnerChange::decode))
          .nonpayable(
              "addDelegate(address,bytes32,address,uint256)",
              direct(DidChange.DelegateAdded::decode))
          .nonpayable(
              "addDelegateSigned(address,uint8,bytes32,bytes32,bytes32,address,uint256)",
              signed(DidChange.DelegateAdded::decode))
          .nonpayable(
              "revokeDelegate(address,bytes32,address)", direct(DidChange.DelegateRevoked::decode))
          .nonpayable(
              "revokeDelegateSigned(address,uint8,bytes32,bytes32,bytes32,address)",
              signed(DidChange.DelegateRevoked::decode))
          .nonpayable(
              "setAttribute(address,bytes32,bytes,uint256)",
              direct((args, first) -> DidChange.AttributeSet.decode(args, false)))
          .nonpayable(
              "setAttributeSigned(address,uint8,bytes32,bytes32,bytes32,bytes,uint256)",
              signed((args, first) -> DidChange.AttributeSet.decode(args, true)))
          .nonpayable(
              "revokeAttribute(address,bytes32,bytes)",
              direct((args, first) -> DidChange.AttributeRevoked.decode(args, false)))
          .nonpayable(
              "revokeAttributeSigned(address,uint8,bytes32,bytes32,bytes32,bytes)",
              signed((args, first) -> DidChange.AttributeRevoked.decode(args, true)))
          .build();

  /** The selector → function table, for tests and tooling. */
  public DispatchTable dispatchTable() {
    return table;
  }

  @Override
  public String name() {
    return "did";
  }

  @Override
  public boolean serves(ChainAddress address) {
    return ADDRESS.equals(address);
  }

  @Override
  public CallResult call(CallContext ctx, byte[] input) {
    return table.dispatch(ctx, input);
  }

  private static DidRegistryState state(CallContext ctx) {
    return new DidRegistryState(AccountSlots.metered(MeteredState.of(ctx, ADDRESS)));
  }

  /** Reads a change's own arguments, which start at head word {@code first}. */
  @FunctionalInterface
  private interface ChangeDecoder extends BiFunction<CalldataReader, Integer, DidChange> {}

  /** {@code change(identity, args...)}: the sender must be the identity's owner. */
  private static DispatchTable.Handler direct(ChangeDecoder decoder) {
    return (ctx, args) -> {
      ChainAddress identity = args.address(0);
      DidChange change = decoder.apply(args, 1);
      DidRegistryState state = state(ctx);
      if (!ctx.sender().equals(state.identityOwner(identity))) {
        return DidRegistryErrors.badActor();
      }
      return change.apply(ctx, state, identity);
    };
  }

  /**
   * {@code changeSigned(identity, v, r, s, args...)}: the signature over the owner's nonce must
   * recover to the owner, whose nonce then moves on; anyone may send it.
   */
  private static DispatchTable.Handler signed(ChangeDecoder decoder) {
    return (ctx, args) -> {
      ChainAddress identity = args.address(0);
      int v = args.uint8(1);
      Word r = args.bytes32(2);
      Word s = args.bytes32(3);
      DidChange change = decoder.apply(args, 4);
      DidRegistryState state = state(ctx);
      ChainAddress owner = state.identityOwner(identity);
      BigInteger nonce = state.nonce(owner);
      Word digest = DidSignatures.digest(identity, nonce, change);
      ctx.gas().charge(EcRecover.GAS);
      Optional<ChainAddress> signer =
          EcRecover.recover(digest, v, r.toBigInteger(), s.toBigInteger());
      if (signer.isEmpty() || !signer.get().equals(owner)) {
        return DidRegistryErrors.badSignature();
      }
      state.setNonce(owner, nonce.add(BigInteger.ONE));
      return change.apply(ctx, state, identity);
    };
  }

  private static CallResult owners(CallContext ctx, CalldataReader args) {
    return CallResult.success(encode(address(state(ctx).storedOwner(args.address(0)))));
  }

  private static CallResult delegates(CallContext ctx, CalldataReader args) {
    BigInteger validTo =
        state(ctx).delegateValidTo(args.address(0), args.bytes32(1), args.address(2));
    return CallResult.success(encode(uint256(validTo)));
  }

  private static CallResult changed(CallContext ctx, CalldataReader args) {
    return CallResult.success(encode(uint256(state(ctx).changed(args.address(0)))));
  }

  private static CallResult nonce(CallContext ctx, CalldataReader args) {
    return CallResult.success(encode(uint256(state(ctx).nonce(args.address(0)))));
  }

  private static CallResult identityOwner(CallContext ctx, CalldataReader args) {
    return CallResult.success(encode(address(state(ctx).identityOwner(args.address(0)))));
  }

  private static CallResult validDelegate(CallContext ctx, CalldataReader args) {
    boolean valid =
        state(ctx)
            .validDelegate(
                args.address(0), args.bytes32(1), args.address(2), ctx.block().timestampSeconds());
    return CallResult.success(encode(bool(valid)));
  }
}
