package io.coterie.genesis.devnet;

import io.coterie.chaincode.loyalty.LoyaltyAddresses;
import io.coterie.chaincode.members.MemberAccountsLayout;
import io.coterie.chaincode.membership.MembershipAddresses;
import io.coterie.genesis.spec.GenesisAddress;
import io.coterie.genesis.spec.GenesisCall;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.StaticArray4;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.crypto.Hash;

/**
 * The devnet's business state, as the setup calls block 0 runs: #0 (brand) creates loyalty program
 * 0 "Coterie Points" (CPT, 18 decimals, transferable, never expiring, no caps) at {@code 0x…2000}
 * and authorises shop #1; shop #1 awards members #4 to #9 1,000 CPT each; #0 creates member
 * collection 0 "Coterie Member Card" (CMC, soulbound, cards only for MEMBER_ROLE holders and burned
 * when the role is revoked) at {@code 0x…3000} and airdrops one card to each member, which makes
 * each member its own delegate with one vote in the DAO governor. Before the cards, #0 allows the
 * devnet's localhost origins for passkeys and shop #1 creates the {@link DevPasskey} member account
 * with 1,000 CPT (it holds MEMBER_ROLE from the genesis roles, but no card: the quorum stays 4 of
 * 6).
 */
public final class DevnetSetup {
  public static final String POINTS_NAME = "Coterie Points";
  public static final String POINTS_SYMBOL = "CPT";
  public static final int POINTS_DECIMALS = 18;
  public static final BigInteger POINTS_PER_MEMBER =
      BigInteger.TEN.pow(18).multiply(BigInteger.valueOf(1_000));
  public static final String CARD_NAME = "Coterie Member Card";
  public static final String CARD_SYMBOL = "CMC";
  public static final String CARD_BASE_URI = "https://devnet.coterie.example/cards/";

  /** Tier of the genesis cards (tier 0 means "not set"). */
  public static final int CARD_TIER = 1;

  private DevnetSetup() {}

  public static List<GenesisCall> calls(List<DevAccount> accounts) {
    GenesisAddress brand = accounts.get(0).address();
    GenesisAddress shop = accounts.get(1).address();
    List<GenesisAddress> members =
        DevnetSpec.members(accounts).stream().map(DevAccount::address).toList();
    GenesisAddress loyaltyRegistry = address(LoyaltyAddresses.REGISTRY.toHex());
    GenesisAddress points = address(LoyaltyAddresses.token(0).toHex());
    GenesisAddress membershipRegistry = address(MembershipAddresses.REGISTRY.toHex());
    GenesisAddress cards = address(MembershipAddresses.collection(0).toHex());

    List<GenesisCall> calls = new ArrayList<>();
    calls.add(new GenesisCall(brand, loyaltyRegistry, createProgram()));
    calls.add(
        new GenesisCall(
            brand,
            loyaltyRegistry,
            encode("authoriseShop", new Uint256(0), new Address(shop.hex()))));
    for (GenesisAddress member : members) {
      calls.add(
          new GenesisCall(
              shop,
              points,
              encode(
                  "award",
                  new Address(member.hex()),
                  new Uint256(POINTS_PER_MEMBER),
                  new Bytes32(
                      Hash.sha3(
                          ("devnet-genesis-" + member.hex()).getBytes(StandardCharsets.UTF_8))))));
    }
    calls.addAll(passkeyMember(brand, shop, points));
    calls.add(
        new GenesisCall(
            brand,
            membershipRegistry,
            encode(
                "createMemberCollection",
                new Utf8String(CARD_NAME),
                new Utf8String(CARD_SYMBOL),
                new Utf8String(CARD_BASE_URI))));
    calls.add(
        new GenesisCall(
            brand,
            cards,
            encode(
                "airdrop",
                new DynamicArray<>(
                    Address.class, members.stream().map(m -> new Address(m.hex())).toList()),
                new Uint8(CARD_TIER))));
    return List.copyOf(calls);
  }

  /** Origins whose pages may sign member requests on the devnet (RPC and web listeners). */
  public static final List<String> ALLOWED_ORIGINS =
      List.of("http://localhost:8545", "http://localhost:8547");

  /**
   * #0 allows the devnet origins, shop #1 (a sponsor) creates {@link DevPasskey}'s member account,
   * and awards it 1,000 CPT.
   */
  private static List<GenesisCall> passkeyMember(
      GenesisAddress brand, GenesisAddress shop, GenesisAddress points) {
    GenesisAddress accounts = address(MemberAccountsLayout.ADDRESS.toHex());
    List<GenesisCall> calls = new ArrayList<>();
    for (String origin : ALLOWED_ORIGINS) {
      calls.add(
          new GenesisCall(
              brand, accounts, encode("setAllowedOrigin", new Utf8String(origin), new Bool(true))));
    }
    calls.add(
        new GenesisCall(
            shop,
            accounts,
            encode(
                "createAccount",
                new Bytes32(DevPasskey.X.bytes()),
                new Bytes32(DevPasskey.Y.bytes()),
                new Uint256(DevPasskey.SALT),
                new DynamicBytes(DevPasskey.credentialId()))));
    calls.add(
        new GenesisCall(
            shop,
            points,
            encode(
                "award",
                new Address(DevPasskey.ACCOUNT.hex()),
                new Uint256(POINTS_PER_MEMBER),
                new Bytes32(
                    Hash.sha3(
                        ("devnet-genesis-" + DevPasskey.ACCOUNT.hex())
                            .getBytes(StandardCharsets.UTF_8))))));
    return calls;
  }

  private static String createProgram() {
    return encode(
        "createProgram",
        new Utf8String(POINTS_NAME),
        new Utf8String(POINTS_SYMBOL),
        new Uint8(POINTS_DECIMALS),
        new Bool(true),
        new Uint64(0),
        new Uint256(0),
        new Uint256(0),
        new DynamicArray<>(Uint256.class, List.of()),
        new StaticArray4<>(
            Uint256.class, new Uint256(0), new Uint256(0), new Uint256(0), new Uint256(0)));
  }

  @SuppressWarnings("rawtypes")
  private static String encode(String name, Type... args) {
    return FunctionEncoder.encode(new Function(name, List.of(args), List.of()));
  }

  private static GenesisAddress address(String hex) {
    return GenesisAddress.of(hex);
  }
}
