package io.coterie.genesis.generate;

import io.coterie.chaincode.loyalty.LoyaltyAddresses;
import io.coterie.chaincode.membership.MembershipAddresses;
import io.coterie.genesis.spec.GenesisAddress;
import io.coterie.genesis.spec.GenesisCall;
import java.util.List;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.StaticArray4;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;

/** Block-0 chaincode calls that create programs and collections, as a genesis lists them. */
public final class SetupCalls {
  private static final GenesisAddress LOYALTY =
      GenesisAddress.of(LoyaltyAddresses.REGISTRY.toHex());
  private static final GenesisAddress MEMBERSHIP =
      GenesisAddress.of(MembershipAddresses.REGISTRY.toHex());

  private SetupCalls() {}

  /**
   * {@code createProgram} with points that never expire, no caps, no tiers and no behaviour rewards
   * (the brand sets those later).
   */
  public static GenesisCall createProgram(
      GenesisAddress brand, String name, String symbol, int decimals, boolean transferable) {
    return new GenesisCall(
        brand,
        LOYALTY,
        encode(
            "createProgram",
            new Utf8String(name),
            new Utf8String(symbol),
            new Uint8(decimals),
            new Bool(transferable),
            new Uint64(0),
            new Uint256(0),
            new Uint256(0),
            new DynamicArray<>(Uint256.class, List.of()),
            new StaticArray4<>(
                Uint256.class, new Uint256(0), new Uint256(0), new Uint256(0), new Uint256(0))));
  }

  public static GenesisCall authoriseShop(
      GenesisAddress brand, long programId, GenesisAddress shop) {
    return new GenesisCall(
        brand, LOYALTY, encode("authoriseShop", new Uint256(programId), new Address(shop.hex())));
  }

  public static GenesisCall createMemberCollection(
      GenesisAddress brand, String name, String symbol, String baseUri) {
    return new GenesisCall(
        brand,
        MEMBERSHIP,
        encode(
            "createMemberCollection",
            new Utf8String(name),
            new Utf8String(symbol),
            new Utf8String(baseUri)));
  }

  public static GenesisCall createCollection(
      GenesisAddress brand, String name, String symbol, String baseUri, boolean soulbound) {
    return new GenesisCall(
        brand,
        MEMBERSHIP,
        encode(
            "createCollection",
            new Utf8String(name),
            new Utf8String(symbol),
            new Utf8String(baseUri),
            new Bool(soulbound)));
  }

  @SuppressWarnings("rawtypes")
  public static String encode(String function, Type... args) {
    return FunctionEncoder.encode(new Function(function, List.of(args), List.of()));
  }
}
