package io.coterie.chaincode.membership;

import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.fn;
import static io.coterie.chaincode.support.AbiCalls.u256;

import io.coterie.chaincode.roles.RolesGenesis;
import io.coterie.chaincode.roles.RolesPrecompile;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.AbiCalls;
import io.coterie.chaincode.support.TestHost;
import java.math.BigInteger;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint8;

/** A test host with Roles, the membership registry and collections; BRAND holds BRAND_ROLE. */
final class CardsFixture {
  static final ChainAddress REGISTRY = MembershipAddresses.REGISTRY;
  static final ChainAddress ADMIN =
      ChainAddress.fromHex("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
  static final ChainAddress BRAND =
      ChainAddress.fromHex("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
  static final ChainAddress OTHER_BRAND =
      ChainAddress.fromHex("0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc");
  static final ChainAddress ALICE =
      ChainAddress.fromHex("0x15d34aaf54267db7d7c367839aaf71a00a2c6a65");
  static final ChainAddress BOB =
      ChainAddress.fromHex("0x9965507d1a55bcc2695c58ba16fb37d819b0a4dc");
  static final ChainAddress CAROL =
      ChainAddress.fromHex("0x976ea74026e726554db657fa54763abd0c3a0aa9");

  final TestHost host =
      new TestHost(
          List.of(new RolesPrecompile(), new RegistryPrecompile(), new CollectionPrecompile()));

  CardsFixture() {
    SortedMap<Word, List<ChainAddress>> members = new TreeMap<>();
    members.put(StandardRoles.DEFAULT_ADMIN_ROLE, List.of(ADMIN));
    members.put(StandardRoles.BRAND_ROLE, List.of(BRAND, OTHER_BRAND));
    host.world().putStorage(StandardRoles.ROLES_ADDRESS, RolesGenesis.initialStorage(members));
  }

  /** Creates a collection as {@link #BRAND}; returns its address. */
  ChainAddress create(String name, boolean soulbound) {
    TestHost.Outcome outcome =
        host.call(BRAND, REGISTRY, createCollection(name, "CARD", "ipfs://cards/", soulbound));
    if (!outcome.succeeded()) {
      throw new AssertionError("createCollection failed: " + outcome);
    }
    return MembershipAddresses.collection(AbiCalls.uint(outcome.result().data()).longValueExact());
  }

  static byte[] createCollection(String name, String symbol, String baseUri, boolean soulbound) {
    return fn(
        "createCollection",
        new Utf8String(name),
        new Utf8String(symbol),
        new Utf8String(baseUri),
        new Bool(soulbound));
  }

  static byte[] mint(ChainAddress to, int tier) {
    return fn("mint", addr(to), new Uint8(tier));
  }

  static byte[] airdrop(List<ChainAddress> to, int tier) {
    return fn(
        "airdrop",
        new DynamicArray<>(
            org.web3j.abi.datatypes.Address.class, to.stream().map(AbiCalls::addr).toList()),
        new Uint8(tier));
  }

  static byte[] transferFrom(ChainAddress from, ChainAddress to, long tokenId) {
    return fn("transferFrom", addr(from), addr(to), u256(tokenId));
  }

  /** Mints as the brand and returns the token id. */
  BigInteger mintAs(ChainAddress token, ChainAddress to) {
    return AbiCalls.uint(ok(BRAND, token, mint(to, 0)));
  }

  byte[] ok(ChainAddress from, ChainAddress to, byte[] input) {
    TestHost.Outcome outcome = host.call(from, to, input);
    if (!outcome.succeeded()) {
      throw new AssertionError("call failed: " + outcome);
    }
    return outcome.result().data();
  }

  byte[] view(ChainAddress to, byte[] input) {
    TestHost.Outcome outcome = host.staticCall(ALICE, to, input);
    if (!outcome.succeeded()) {
      throw new AssertionError("view failed: " + outcome);
    }
    return outcome.result().data();
  }

  long uintView(ChainAddress to, String name, org.web3j.abi.datatypes.Type<?>... args) {
    return AbiCalls.uint(view(to, fn(name, args))).longValueExact();
  }
}
