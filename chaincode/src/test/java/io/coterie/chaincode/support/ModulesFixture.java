package io.coterie.chaincode.support;

import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.fn;
import static io.coterie.chaincode.support.AbiCalls.u256;

import io.coterie.chaincode.roles.RolesGenesis;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.PrecompileDirectory;
import io.coterie.chaincode.spi.PrecompileLoader;
import io.coterie.chaincode.spi.PrecompileModule;
import io.coterie.chaincode.spi.ServiceRegistry;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.StaticArray4;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.crypto.Credentials;

/**
 * Every module the node loads, started as the node starts them, over a test host whose Roles
 * storage is the devnet's genesis: #0 admin and brand, #1 a shop, #4-#9 members, the governor
 * holding GOVERNANCE_ROLE (exclusive when asked). Helpers create programs and collections the way a
 * brand would, through calls.
 */
public final class ModulesFixture {
  public static final Credentials ADMIN_KEY =
      Credentials.create("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
  public static final ChainAddress ADMIN = ChainAddress.fromHex(ADMIN_KEY.getAddress());
  public static final ChainAddress SHOP =
      ChainAddress.fromHex("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
  public static final ChainAddress OUTSIDER =
      ChainAddress.fromHex("0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc");
  public static final ChainAddress GOVERNOR = StandardRoles.DAO_GOVERNOR_ADDRESS;
  public static final ChainAddress LOYALTY = ChainAddress.of(0x1001);
  public static final ChainAddress MEMBERSHIP = ChainAddress.of(0x1002);
  public static final List<Credentials> MEMBER_KEYS =
      List.of(
          Credentials.create("0x47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a"),
          Credentials.create("0x8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba"),
          Credentials.create("0x92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e"),
          Credentials.create("0x4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbf7cbf4356"),
          Credentials.create("0xdbda1821b80551c9d65939329250298aa3472ba22feea921c0cf5d620ea67b97"),
          Credentials.create("0x2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6"));

  public final ServiceRegistry services = ServiceRegistry.create();
  public final TestHost host;
  private long refs;

  /** The devnet's roles, with the governor exclusive admin of members and rates if asked. */
  public ModulesFixture(boolean governorExclusive) {
    List<PrecompileModule> modules = PrecompileLoader.load();
    modules.forEach(m -> m.register(services));
    modules.forEach(PrecompileModule::start);
    host = new TestHost(PrecompileDirectory.of(modules).all());
    SortedMap<Word, List<ChainAddress>> roles = new TreeMap<>();
    roles.put(StandardRoles.DEFAULT_ADMIN_ROLE, List.of(ADMIN));
    roles.put(StandardRoles.BRAND_ROLE, List.of(ADMIN));
    roles.put(StandardRoles.SHOP_ROLE, List.of(SHOP));
    roles.put(StandardRoles.MEMBER_ROLE, members());
    host.world()
        .putStorage(
            StandardRoles.ROLES_ADDRESS,
            RolesGenesis.initialStorageWithGovernor(roles, governorExclusive));
  }

  public ModulesFixture() {
    this(false);
  }

  public static ChainAddress member(int index) {
    return ChainAddress.fromHex(MEMBER_KEYS.get(index).getAddress());
  }

  public static List<ChainAddress> members() {
    return IntStream.range(0, MEMBER_KEYS.size()).mapToObj(ModulesFixture::member).toList();
  }

  public TestHost.Outcome call(ChainAddress from, ChainAddress to, byte[] input) {
    return host.call(from, to, input);
  }

  /** Calls and fails the test unless the call succeeded; returns the return data. */
  public byte[] ok(ChainAddress from, ChainAddress to, byte[] input) {
    TestHost.Outcome outcome = host.call(from, to, input);
    if (!outcome.succeeded()) {
      throw new AssertionError("call to " + to + " failed: " + outcome);
    }
    return outcome.result().data();
  }

  public byte[] view(ChainAddress to, byte[] input) {
    TestHost.Outcome outcome = host.staticCall(OUTSIDER, to, input);
    if (!outcome.succeeded()) {
      throw new AssertionError("view of " + to + " failed: " + outcome);
    }
    return outcome.result().data();
  }

  @SuppressWarnings("rawtypes")
  public BigInteger uint(ChainAddress to, String name, Type... args) {
    return AbiCalls.uint(view(to, fn(name, args)));
  }

  public long block() {
    return host.block().number();
  }

  public void mine(long blocks) {
    host.mine(blocks);
  }

  /** The next program, by #0, with shop #1 authorised; returns its id. */
  public long createProgram(String name, boolean transferable, long validitySeconds) {
    long id =
        AbiCalls.uint(
                ok(
                    ADMIN,
                    LOYALTY,
                    fn(
                        "createProgram",
                        new Utf8String(name),
                        new Utf8String("PTS"),
                        new Uint8(18),
                        new Bool(transferable),
                        new Uint64(validitySeconds),
                        new Uint256(0),
                        new Uint256(0),
                        new DynamicArray<>(Uint256.class, List.of()),
                        new StaticArray4<>(
                            Uint256.class,
                            new Uint256(0),
                            new Uint256(0),
                            new Uint256(0),
                            new Uint256(0)))))
            .longValueExact();
    ok(ADMIN, LOYALTY, fn("authoriseShop", u256(id), addr(SHOP)));
    return id;
  }

  /** Shop #1 awards {@code amount} points of program {@code id} under a fresh reference. */
  public void award(long id, ChainAddress member, long amount) {
    ok(
        SHOP,
        points(id),
        fn("award", addr(member), u256(amount), AbiCalls.b32(Word.keccak("ref-" + refs++))));
  }

  public static ChainAddress points(long id) {
    return ChainAddress.of(0x2000 + id);
  }

  public static ChainAddress collection(long id) {
    return ChainAddress.of(0x3000 + id);
  }

  /** {@code createMemberCollection} of the "Member Card" collection every test uses. */
  public static byte[] createMemberCollectionCall() {
    return fn(
        "createMemberCollection",
        new Utf8String("Member Card"),
        new Utf8String("CARD"),
        new Utf8String("https://cards.example/"));
  }

  /** A member collection by #0 with one card for each of {@code holders}; returns its id. */
  public long createMemberCollection(List<ChainAddress> holders) {
    long id = AbiCalls.uint(ok(ADMIN, MEMBERSHIP, createMemberCollectionCall())).longValueExact();
    if (!holders.isEmpty()) {
      ok(
          ADMIN,
          collection(id),
          fn(
              "airdrop",
              new DynamicArray<>(Address.class, holders.stream().map(AbiCalls::addr).toList()),
              new Uint8(1)));
    }
    return id;
  }

  /** An ordinary collection by #0; returns its id. */
  public long createCollection(String name, boolean soulbound) {
    return AbiCalls.uint(
            ok(
                ADMIN,
                MEMBERSHIP,
                fn(
                    "createCollection",
                    new Utf8String(name),
                    new Utf8String("ITEM"),
                    new Utf8String("https://items.example/"),
                    new Bool(soulbound))))
        .longValueExact();
  }
}
