package io.coterie.chaincode.did;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.bytes32;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.abi.SolidityEvent;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.MeteredState;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint8;

/**
 * One change to an identity, the same whether its owner sends it or signs it for a relayer: what it
 * writes, the event it logs, and the arguments it adds to the signed hash ({@code abi.encodePacked}
 * after the function's name, as the reference contract hashes them).
 */
sealed interface DidChange {
  /** The name the signed hash contains, e.g. {@code "changeOwner"}. */
  String name();

  /** The change's arguments as {@code abi.encodePacked} puts them after {@link #name()}. */
  byte[] packedArguments();

  /** Writes the change for {@code identity}, whose owner has already been checked. */
  CallResult apply(CallContext ctx, DidRegistryState state, ChainAddress identity);

  /** {@code changeOwner(identity, newOwner)}. */
  record OwnerChange(ChainAddress newOwner) implements DidChange {
    static OwnerChange decode(CalldataReader args, int first) {
      return new OwnerChange(args.address(first));
    }

    @Override
    public String name() {
      return "changeOwner";
    }

    @Override
    public byte[] packedArguments() {
      return newOwner.bytes();
    }

    @Override
    public CallResult apply(CallContext ctx, DidRegistryState state, ChainAddress identity) {
      state.setOwner(identity, newOwner);
      logChange(ctx, state, identity, DidRegistryEvents.OWNER_CHANGED, address(newOwner));
      return CallResult.success();
    }
  }

  /** {@code addDelegate(identity, delegateType, delegate, validity)}: valid for validity s. */
  record DelegateAdded(Word delegateType, ChainAddress delegate, BigInteger validity)
      implements DidChange {
    static DelegateAdded decode(CalldataReader args, int first) {
      return new DelegateAdded(
          args.bytes32(first), args.address(first + 1), args.uint256(first + 2));
    }

    @Override
    public String name() {
      return "addDelegate";
    }

    @Override
    public byte[] packedArguments() {
      return DidSignatures.packed(
          delegateType.bytes(), delegate.bytes(), Word.of(validity).bytes());
    }

    @Override
    public CallResult apply(CallContext ctx, DidRegistryState state, ChainAddress identity) {
      Optional<BigInteger> validTo = validTo(ctx, validity);
      if (validTo.isEmpty()) {
        return DidRegistryErrors.overflow();
      }
      return setDelegate(ctx, state, identity, delegateType, delegate, validTo.get());
    }
  }

  /** {@code revokeDelegate(identity, delegateType, delegate)}: valid until now, so no longer. */
  record DelegateRevoked(Word delegateType, ChainAddress delegate) implements DidChange {
    static DelegateRevoked decode(CalldataReader args, int first) {
      return new DelegateRevoked(args.bytes32(first), args.address(first + 1));
    }

    @Override
    public String name() {
      return "revokeDelegate";
    }

    @Override
    public byte[] packedArguments() {
      return DidSignatures.packed(delegateType.bytes(), delegate.bytes());
    }

    @Override
    public CallResult apply(CallContext ctx, DidRegistryState state, ChainAddress identity) {
      BigInteger now = BigInteger.valueOf(ctx.block().timestampSeconds());
      return setDelegate(ctx, state, identity, delegateType, delegate, now);
    }
  }

  /**
   * {@code setAttribute(identity, name, value, validity)}; attributes are only logged, never
   * stored.
   */
  record AttributeSet(Word attribute, AttributeValue value, BigInteger validity)
      implements DidChange {
    static AttributeSet decode(CalldataReader args, boolean signed) {
      List<Type> decoded = args.decode(types(signed, true));
      int first = signed ? 4 : 1;
      return new AttributeSet(
          Word.wrap(((Bytes32) decoded.get(first)).getValue()),
          new AttributeValue(((DynamicBytes) decoded.get(first + 1)).getValue()),
          ((Uint256) decoded.get(first + 2)).getValue());
    }

    @Override
    public String name() {
      return "setAttribute";
    }

    @Override
    public byte[] packedArguments() {
      return DidSignatures.packed(attribute.bytes(), value.bytes(), Word.of(validity).bytes());
    }

    @Override
    public CallResult apply(CallContext ctx, DidRegistryState state, ChainAddress identity) {
      Optional<BigInteger> validTo = validTo(ctx, validity);
      if (validTo.isEmpty()) {
        return DidRegistryErrors.overflow();
      }
      return logAttribute(ctx, state, identity, attribute, value, validTo.get());
    }
  }

  /** {@code revokeAttribute(identity, name, value)}: logged with validTo 0. */
  record AttributeRevoked(Word attribute, AttributeValue value) implements DidChange {
    static AttributeRevoked decode(CalldataReader args, boolean signed) {
      List<Type> decoded = args.decode(types(signed, false));
      int first = signed ? 4 : 1;
      return new AttributeRevoked(
          Word.wrap(((Bytes32) decoded.get(first)).getValue()),
          new AttributeValue(((DynamicBytes) decoded.get(first + 1)).getValue()));
    }

    @Override
    public String name() {
      return "revokeAttribute";
    }

    @Override
    public byte[] packedArguments() {
      return DidSignatures.packed(attribute.bytes(), value.bytes());
    }

    @Override
    public CallResult apply(CallContext ctx, DidRegistryState state, ChainAddress identity) {
      return logAttribute(ctx, state, identity, attribute, value, BigInteger.ZERO);
    }
  }

  private static CallResult logAttribute(
      CallContext ctx,
      DidRegistryState state,
      ChainAddress identity,
      Word attribute,
      AttributeValue value,
      BigInteger validTo) {
    logChange(
        ctx,
        state,
        identity,
        DidRegistryEvents.ATTRIBUTE_CHANGED,
        bytes32(attribute),
        new DynamicBytes(value.bytes()),
        uint256(validTo));
    return CallResult.success();
  }

  private static CallResult setDelegate(
      CallContext ctx,
      DidRegistryState state,
      ChainAddress identity,
      Word delegateType,
      ChainAddress delegate,
      BigInteger validTo) {
    state.setDelegateValidTo(identity, DelegateTypes.typeHash(delegateType), delegate, validTo);
    logChange(
        ctx,
        state,
        identity,
        DidRegistryEvents.DELEGATE_CHANGED,
        bytes32(delegateType),
        address(delegate),
        uint256(validTo));
    return CallResult.success();
  }

  /**
   * Logs {@code event(identity, args..., previousChange)} and moves {@code changed[identity]} to
   * this block, in the reference contract's order (read changed, emit, write changed).
   */
  @SuppressWarnings("rawtypes")
  private static void logChange(
      CallContext ctx,
      DidRegistryState state,
      ChainAddress identity,
      SolidityEvent event,
      Type... args) {
    List<Type> data = new ArrayList<>(List.of(args));
    data.add(uint256(state.changed(identity)));
    MeteredState.of(ctx)
        .emit(event.topics(Word.of(identity)), event.data(data.toArray(new Type[0])));
    state.setChanged(identity, ctx.block().number());
  }

  /** {@code block.timestamp + validity}; empty where Solidity 0.8's checked add overflows. */
  private static Optional<BigInteger> validTo(CallContext ctx, BigInteger validity) {
    BigInteger validTo = validity.add(BigInteger.valueOf(ctx.block().timestampSeconds()));
    return validTo.bitLength() > 8 * Word.SIZE ? Optional.empty() : Optional.of(validTo);
  }

  private static List<TypeReference<?>> types(boolean signed, boolean withValidity) {
    List<TypeReference<?>> types = new ArrayList<>();
    types.add(new TypeReference<Address>() {});
    if (signed) {
      types.add(new TypeReference<Uint8>() {});
      types.add(new TypeReference<Bytes32>() {});
      types.add(new TypeReference<Bytes32>() {});
    }
    types.add(new TypeReference<Bytes32>() {});
    types.add(new TypeReference<DynamicBytes>() {});
    if (withValidity) {
      types.add(new TypeReference<Uint256>() {});
    }
    return types;
  }
}
