package io.coterie.chaincode.loyalty;

import io.coterie.chaincode.consent.ConsentPrecompile;
import io.coterie.chaincode.consent.ConsentReader;
import io.coterie.chaincode.roles.RolesGenesis;
import io.coterie.chaincode.roles.RolesPrecompile;
import io.coterie.chaincode.roles.RolesReader;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.TestHost;
import io.coterie.chaincode.support.TestHost.Outcome;
import java.math.BigInteger;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.web3j.utils.Numeric;

/**
 * A test host with the Roles, Consent and loyalty precompiles and the devnet's accounts (the
 * standard development mnemonic): #0 admin and brand, #1 shop, #2 a second brand, #3 a second shop,
 * #4–#9 members.
 */
final class LoyaltyFixture {
  static final ChainAddress REGISTRY = LoyaltyAddresses.REGISTRY;
  static final ChainAddress CONSENT = ConsentPrecompile.ADDRESS;
  static final ChainAddress ADMIN =
      ChainAddress.fromHex("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
  static final ChainAddress SHOP =
      ChainAddress.fromHex("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
  static final ChainAddress BRAND2 =
      ChainAddress.fromHex("0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc");
  static final ChainAddress SHOP2 =
      ChainAddress.fromHex("0x90f79bf6eb2c4f870365e785982e1f101e93b906");
  static final List<ChainAddress> MEMBERS =
      List.of(
          ChainAddress.fromHex("0x15d34aaf54267db7d7c367839aaf71a00a2c6a65"),
          ChainAddress.fromHex("0x9965507d1a55bcc2695c58ba16fb37d819b0a4dc"),
          ChainAddress.fromHex("0x976ea74026e726554db657fa54763abd0c3a0aa9"),
          ChainAddress.fromHex("0x14dc79964da2c08b23698b3d3cc7ca32193d9955"),
          ChainAddress.fromHex("0x23618e81e3f5cdf7f54c3d65f7fbc0abf5b21e8f"),
          ChainAddress.fromHex("0xa0ee7a142d267c1f36714e4a8f75612f20a79720"));
  static final ChainAddress ALICE = MEMBERS.get(0);
  static final ChainAddress BOB = MEMBERS.get(1);
  static final ChainAddress CAROL = MEMBERS.get(2);
  static final String ALICE_KEY =
      "0x47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a";
  static final ChainAddress GOVERNOR = StandardRoles.DAO_GOVERNOR_ADDRESS;

  final TestHost host;

  LoyaltyFixture() {
    this(1);
  }

  /** With the tokens at loyalty version {@code tokenVersion}. */
  LoyaltyFixture(int tokenVersion) {
    RolesReader roles = new RolesReader();
    host =
        new TestHost(
            List.of(
                new RolesPrecompile(),
                new ConsentPrecompile(),
                new LoyaltyRegistryPrecompile(roles),
                new LoyaltyTokenPrecompile(roles, new ConsentReader(), tokenVersion)));
    SortedMap<Word, List<ChainAddress>> members = new TreeMap<>();
    members.put(StandardRoles.DEFAULT_ADMIN_ROLE, List.of(ADMIN));
    members.put(StandardRoles.BRAND_ROLE, List.of(ADMIN, BRAND2));
    members.put(StandardRoles.SHOP_ROLE, List.of(SHOP, SHOP2));
    members.put(StandardRoles.MEMBER_ROLE, MEMBERS);
    host.world().putStorage(StandardRoles.ROLES_ADDRESS, RolesGenesis.initialStorage(members));
  }

  static ChainAddress token(long id) {
    return LoyaltyAddresses.token(id);
  }

  Outcome call(ChainAddress from, ChainAddress to, byte[] input) {
    return host.call(from, to, input);
  }

  /** Calls and fails the test unless the call succeeds. */
  Outcome ok(ChainAddress from, ChainAddress to, byte[] input) {
    Outcome outcome = host.call(from, to, input);
    if (!outcome.succeeded()) {
      throw new AssertionError("call failed: " + outcome);
    }
    return outcome;
  }

  byte[] view(ChainAddress to, byte[] input) {
    Outcome outcome = host.staticCall(ALICE, to, input);
    if (!outcome.succeeded()) {
      throw new AssertionError("view failed: " + outcome);
    }
    return outcome.result().data();
  }

  long createProgram(ChainAddress brand, LoyaltyCalls.NewProgram program) {
    return LoyaltyCalls.decodeUint(
            ok(brand, REGISTRY, LoyaltyCalls.createProgram(program)).result().data())
        .longValueExact();
  }

  /** Program 0 created by #0 with shop #1 authorised, as the devnet sets it up. */
  long devnetProgram(LoyaltyCalls.NewProgram program) {
    long id = createProgram(ADMIN, program);
    ok(ADMIN, REGISTRY, LoyaltyCalls.authoriseShop(id, SHOP));
    return id;
  }

  Outcome award(long id, ChainAddress member, long amount, String ref) {
    return call(SHOP, token(id), LoyaltyCalls.award(member, amount, LoyaltyCalls.ref(ref)));
  }

  BigInteger balance(long id, ChainAddress member) {
    return LoyaltyCalls.decodeUint(view(token(id), LoyaltyCalls.balanceOf(member)));
  }

  BigInteger supply(long id) {
    return LoyaltyCalls.decodeUint(view(token(id), LoyaltyCalls.totalSupply()));
  }

  static String hex(Outcome outcome) {
    return Numeric.toHexString(outcome.result().data());
  }
}
