package io.coterie.chaincode.gtin;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.encode;
import static io.coterie.chaincode.abi.AbiValues.string;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.abi.DispatchTable;
import io.coterie.chaincode.roles.RolesLayout;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.MeteredState;
import io.coterie.chaincode.spi.Precompile;
import io.coterie.chaincode.spi.Word;
import java.util.List;
import java.util.Optional;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Utf8String;

/**
 * The GTIN registry at {@code 0x…1009} ({@code IGtinRegistry.sol}): administrators (holders of
 * DEFAULT_ADMIN_ROLE) or the DAO governor bind GS1 company prefixes and single GTIN-14s to the
 * account that may commission lots under them; an owner may hand its binding on; anyone reads.
 */
public final class GtinRegistryPrecompile implements Precompile {
  private static final List<TypeReference<?>> STRING = List.of(new TypeReference<Utf8String>() {});
  private static final List<TypeReference<?>> STRING_ADDRESS =
      List.of(new TypeReference<Utf8String>() {}, new TypeReference<Address>() {});

  private final DispatchTable table =
      DispatchTable.builder()
          .nonpayable("registerPrefix(string,address)", GtinRegistryPrecompile::registerPrefix)
          .nonpayable("registerGtin(string,address)", GtinRegistryPrecompile::registerGtin)
          .nonpayable("transferBinding(string,address)", GtinRegistryPrecompile::transferBinding)
          .nonpayable("removeBinding(string)", GtinRegistryPrecompile::removeBinding)
          .view("ownerOf(string)", GtinRegistryPrecompile::ownerOf)
          .view("gtinOwner(string)", GtinRegistryPrecompile::gtinOwner)
          .build();

  /** The selector → function table, for tests and tooling. */
  public DispatchTable dispatchTable() {
    return table;
  }

  @Override
  public String name() {
    return "gtinregistry";
  }

  @Override
  public boolean serves(ChainAddress address) {
    return GtinRegistryLayout.ADDRESS.equals(address);
  }

  @Override
  public CallResult call(CallContext ctx, byte[] input) {
    return table.dispatch(ctx, input);
  }

  private static CallResult registerPrefix(CallContext ctx, CalldataReader args) {
    String key = stringArg(args, STRING_ADDRESS);
    if (GtinKey.companyPrefix(key).isEmpty()) {
      return GtinRegistryErrors.INVALID_COMPANY_PREFIX.revert(string(key));
    }
    return register(ctx, key, args.address(1));
  }

  private static CallResult registerGtin(CallContext ctx, CalldataReader args) {
    String key = stringArg(args, STRING_ADDRESS);
    if (GtinKey.gtin(key).isEmpty()) {
      return GtinRegistryErrors.INVALID_GTIN.revert(string(key));
    }
    return register(ctx, key, args.address(1));
  }

  private static CallResult register(CallContext ctx, String key, ChainAddress owner) {
    if (!isRegistrar(ctx)) {
      return GtinRegistryErrors.NOT_GTIN_REGISTRAR.revert(address(ctx.sender()));
    }
    if (owner.equals(ChainAddress.ZERO)) {
      return GtinRegistryErrors.INVALID_OWNER.revert(address(owner));
    }
    AccountSlots slots = GtinOwnership.metered(ctx);
    Optional<GtinBinding> existing = GtinOwnership.bound(slots, key);
    if (existing.isPresent()) {
      return GtinRegistryErrors.BINDING_EXISTS.revert(string(key), address(existing.get().owner()));
    }
    GtinOwnership.bind(slots, key, owner);
    emitChanged(ctx, key, ChainAddress.ZERO, owner);
    return CallResult.success();
  }

  private static CallResult transferBinding(CallContext ctx, CalldataReader args) {
    String key = stringArg(args, STRING_ADDRESS);
    ChainAddress newOwner = args.address(1);
    Optional<CallResult> invalid = invalidKey(key);
    if (invalid.isPresent()) {
      return invalid.get();
    }
    AccountSlots slots = GtinOwnership.metered(ctx);
    Optional<GtinBinding> existing = GtinOwnership.bound(slots, key);
    if (existing.isEmpty()) {
      return GtinRegistryErrors.NO_BINDING.revert(string(key));
    }
    ChainAddress owner = existing.get().owner();
    if (!ctx.sender().equals(owner) && !isRegistrar(ctx)) {
      return GtinRegistryErrors.NOT_BINDING_OWNER.revert(
          string(key), address(ctx.sender()), address(owner));
    }
    if (newOwner.equals(ChainAddress.ZERO)) {
      return GtinRegistryErrors.INVALID_OWNER.revert(address(newOwner));
    }
    GtinOwnership.bind(slots, key, newOwner);
    emitChanged(ctx, key, owner, newOwner);
    return CallResult.success();
  }

  private static CallResult removeBinding(CallContext ctx, CalldataReader args) {
    String key = stringArg(args, STRING);
    Optional<CallResult> invalid = invalidKey(key);
    if (invalid.isPresent()) {
      return invalid.get();
    }
    if (!isRegistrar(ctx)) {
      return GtinRegistryErrors.NOT_GTIN_REGISTRAR.revert(address(ctx.sender()));
    }
    AccountSlots slots = GtinOwnership.metered(ctx);
    Optional<GtinBinding> existing = GtinOwnership.bound(slots, key);
    if (existing.isEmpty()) {
      return GtinRegistryErrors.NO_BINDING.revert(string(key));
    }
    GtinOwnership.bind(slots, key, ChainAddress.ZERO);
    emitChanged(ctx, key, existing.get().owner(), ChainAddress.ZERO);
    return CallResult.success();
  }

  private static CallResult ownerOf(CallContext ctx, CalldataReader args) {
    String key = stringArg(args, STRING);
    Optional<CallResult> invalid = invalidKey(key);
    if (invalid.isPresent()) {
      return invalid.get();
    }
    ChainAddress owner =
        GtinOwnership.bound(GtinOwnership.metered(ctx), key)
            .map(GtinBinding::owner)
            .orElse(ChainAddress.ZERO);
    return CallResult.success(encode(address(owner)));
  }

  private static CallResult gtinOwner(CallContext ctx, CalldataReader args) {
    String gtin = stringArg(args, STRING);
    if (!GtinKey.isGtin14(gtin)) {
      return GtinRegistryErrors.INVALID_GTIN.revert(string(gtin));
    }
    Optional<GtinBinding> binding = GtinOwnership.resolve(GtinOwnership.metered(ctx), gtin);
    return CallResult.success(
        encode(
            address(binding.map(GtinBinding::owner).orElse(ChainAddress.ZERO)),
            string(binding.map(GtinBinding::key).orElse(""))));
  }

  /** A key of 14 characters must be a GTIN-14, any other a company prefix. */
  private static Optional<CallResult> invalidKey(String key) {
    if (GtinKey.parse(key).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(
        key.length() == GtinKey.GTIN_DIGITS
            ? GtinRegistryErrors.INVALID_GTIN.revert(string(key))
            : GtinRegistryErrors.INVALID_COMPANY_PREFIX.revert(string(key)));
  }

  // The governor needs no role read; anyone else is checked (and charged) against the Roles slot.
  private static boolean isRegistrar(CallContext ctx) {
    if (ctx.sender().equals(StandardRoles.DAO_GOVERNOR_ADDRESS)) {
      return true;
    }
    return !MeteredState.of(ctx, StandardRoles.ROLES_ADDRESS)
        .load(RolesLayout.hasRole(StandardRoles.DEFAULT_ADMIN_ROLE, ctx.sender()))
        .isZero();
  }

  private static void emitChanged(
      CallContext ctx, String key, ChainAddress previous, ChainAddress next) {
    MeteredState.of(ctx, GtinRegistryLayout.ADDRESS)
        .emit(
            GtinRegistryEvents.BINDING_CHANGED.topics(
                Word.keccak(key), Word.of(previous), Word.of(next)),
            GtinRegistryEvents.BINDING_CHANGED.data(string(key), address(ctx.sender())));
  }

  private static String stringArg(CalldataReader args, List<TypeReference<?>> types) {
    return (String) args.decode(types).get(0).getValue();
  }
}
