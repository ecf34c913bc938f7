package io.coterie.chaincode.membership;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.encode;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.AbiValues;
import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.abi.DispatchTable;
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
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;

/**
 * The membership registry at {@code 0x…1002} ({@code IMembershipCards.sol}): a {@code BRAND_ROLE}
 * holder creates a collection, which then lives at {@code 0x…3000 + id} and belongs to that brand
 * until it transfers it (the registry's {@code collectionBrand} follows the owner). A member
 * collection ({@code createMemberCollection}) is soulbound and bound to MEMBER_ROLE, see {@link
 * MemberCards}.
 */
public final class RegistryPrecompile implements Precompile {
  private final DispatchTable table =
      DispatchTable.builder()
          .nonpayable(
              "createCollection(string,string,string,bool)", RegistryPrecompile::createCollection)
          .nonpayable(
              "createMemberCollection(string,string,string)",
              RegistryPrecompile::createMemberCollection)
          .view("memberCollections()", RegistryPrecompile::memberCollections)
          .view("collectionCount()", RegistryPrecompile::collectionCount)
          .view("collectionAddress(uint256)", RegistryPrecompile::collectionAddress)
          .view("collectionBrand(uint256)", RegistryPrecompile::collectionBrand)
          .build();

  /** The selector → function table, for tests and tooling. */
  public DispatchTable dispatchTable() {
    return table;
  }

  @Override
  public String name() {
    return "membership-registry";
  }

  @Override
  public boolean serves(ChainAddress address) {
    return MembershipAddresses.REGISTRY.equals(address);
  }

  @Override
  public CallResult call(CallContext ctx, byte[] input) {
    return table.dispatch(ctx, input);
  }

  private static CallResult createCollection(CallContext ctx, CalldataReader args) {
    List<Type> decoded =
        args.decode(
            List.of(
                new TypeReference<Utf8String>() {},
                new TypeReference<Utf8String>() {},
                new TypeReference<Utf8String>() {},
                new TypeReference<Bool>() {}));
    return create(ctx, decoded, args.bool(3), false);
  }

  /** A soulbound collection whose cards only MEMBER_ROLE holders hold; see {@link MemberCards}. */
  private static CallResult createMemberCollection(CallContext ctx, CalldataReader args) {
    List<Type> decoded =
        args.decode(
            List.of(
                new TypeReference<Utf8String>() {},
                new TypeReference<Utf8String>() {},
                new TypeReference<Utf8String>() {}));
    return create(ctx, decoded, true, true);
  }

  private static CallResult create(
      CallContext ctx, List<Type> decoded, boolean soulbound, boolean memberBound) {
    String name = (String) decoded.get(0).getValue();
    String symbol = (String) decoded.get(1).getValue();
    String baseUri = (String) decoded.get(2).getValue();
    Optional<CallResult> denied = Collection.requireRole(ctx, StandardRoles.BRAND_ROLE);
    if (denied.isPresent()) {
      return denied.get();
    }
    AccountSlots registry = AccountSlots.metered(MeteredState.of(ctx));
    long id = registry.load(MembershipLayout.COLLECTION_COUNT_SLOT).toBigInteger().longValueExact();
    if (id >= MembershipAddresses.MAX_COLLECTIONS) {
      return MembershipErrors.TOO_MANY_COLLECTIONS.revert(
          uint256(MembershipAddresses.MAX_COLLECTIONS));
    }
    long members =
        registry.load(MembershipLayout.MEMBER_COLLECTIONS_SLOT).toBigInteger().longValueExact();
    if (memberBound && members >= MemberCards.MAX_MEMBER_COLLECTIONS) {
      return MembershipErrors.TOO_MANY_MEMBER_COLLECTIONS.revert(
          uint256(MemberCards.MAX_MEMBER_COLLECTIONS));
    }
    ChainAddress token = MembershipAddresses.collection(id);
    registry.store(MembershipLayout.COLLECTION_COUNT_SLOT, Word.of(id + 1));
    registry.store(MembershipLayout.collectionBrand(BigInteger.valueOf(id)), Word.of(ctx.sender()));
    new CollectionState(
            AccountSlots.metered(MeteredState.of(ctx, token)), EventLog.NONE, ctx.block().number())
        .initialise(ctx.sender(), name, symbol, baseUri, soulbound, memberBound);
    MeteredState.of(ctx)
        .emit(
            MembershipEvents.COLLECTION_CREATED.topics(Word.of(id), Word.of(ctx.sender())),
            MembershipEvents.COLLECTION_CREATED.data(
                address(token),
                AbiValues.string(name),
                AbiValues.string(symbol),
                AbiValues.bool(soulbound)));
    if (memberBound) {
      registry.store(MembershipLayout.memberCollection(members), Word.of(id));
      registry.store(MembershipLayout.MEMBER_COLLECTIONS_SLOT, Word.of(members + 1));
      MeteredState.of(ctx)
          .emit(MembershipEvents.MEMBER_COLLECTION_CREATED.topics(Word.of(id)), new byte[0]);
    }
    return CallResult.success(encode(uint256(id)));
  }

  private static CallResult memberCollections(CallContext ctx, CalldataReader args) {
    AccountSlots registry = AccountSlots.metered(MeteredState.of(ctx));
    long count =
        registry.load(MembershipLayout.MEMBER_COLLECTIONS_SLOT).toBigInteger().longValueExact();
    List<Uint256> ids = new ArrayList<>();
    for (long i = 0; i < count; i++) {
      ids.add(new Uint256(registry.load(MembershipLayout.memberCollection(i)).toBigInteger()));
    }
    return CallResult.success(encode(new DynamicArray<>(Uint256.class, ids)));
  }

  private static CallResult collectionCount(CallContext ctx, CalldataReader args) {
    return CallResult.success(encode(uint256(count(ctx))));
  }

  private static CallResult collectionAddress(CallContext ctx, CalldataReader args) {
    BigInteger id = args.uint256(0);
    if (id.compareTo(BigInteger.valueOf(count(ctx))) >= 0) {
      return MembershipErrors.UNKNOWN_COLLECTION.revert(uint256(id));
    }
    return CallResult.success(encode(address(MembershipAddresses.collection(id.longValueExact()))));
  }

  private static CallResult collectionBrand(CallContext ctx, CalldataReader args) {
    BigInteger id = args.uint256(0);
    if (id.compareTo(BigInteger.valueOf(count(ctx))) >= 0) {
      return MembershipErrors.UNKNOWN_COLLECTION.revert(uint256(id));
    }
    Word brand = MeteredState.of(ctx).load(MembershipLayout.collectionBrand(id));
    return CallResult.success(encode(address(brand.toAddress())));
  }

  private static long count(CallContext ctx) {
    return MeteredState.of(ctx)
        .load(MembershipLayout.COLLECTION_COUNT_SLOT)
        .toBigInteger()
        .longValueExact();
  }
}
