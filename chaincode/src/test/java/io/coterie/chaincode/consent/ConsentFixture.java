package io.coterie.chaincode.consent;

import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.b32;
import static io.coterie.chaincode.support.AbiCalls.fn;

import io.coterie.chaincode.roles.RolesGenesis;
import io.coterie.chaincode.roles.RolesPrecompile;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.AbiCalls;
import io.coterie.chaincode.support.TestHost;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint64;

/** Roles and Consent; MEMBER and MEMBER2 hold MEMBER_ROLE, SHOP holds SHOP_ROLE. */
final class ConsentFixture {
  static final ChainAddress CONSENT = ConsentPrecompile.ADDRESS;
  static final ChainAddress ADMIN = ChainAddress.of(0xad);
  static final ChainAddress SHOP = ChainAddress.of(0x5409);
  static final ChainAddress BRAND = ChainAddress.of(0xb4a);
  static final ChainAddress MEMBER = ChainAddress.of(0x4e1);
  static final ChainAddress MEMBER2 = ChainAddress.of(0x4e2);
  static final ChainAddress STRANGER = ChainAddress.of(0x777);
  static final Word MARKETING = Word.keccak("marketing.email");
  static final Word ANALYTICS = Word.keccak("analytics.purchases");
  static final Word PROCESSING = Word.keccak("collect,analyse");

  final TestHost host = new TestHost(List.of(new RolesPrecompile(), new ConsentPrecompile()));

  ConsentFixture() {
    SortedMap<Word, List<ChainAddress>> members = new TreeMap<>();
    members.put(StandardRoles.DEFAULT_ADMIN_ROLE, List.of(ADMIN));
    members.put(StandardRoles.SHOP_ROLE, List.of(SHOP));
    members.put(StandardRoles.BRAND_ROLE, List.of(BRAND));
    members.put(StandardRoles.MEMBER_ROLE, List.of(MEMBER, MEMBER2));
    host.world().putStorage(StandardRoles.ROLES_ADDRESS, RolesGenesis.initialStorage(members));
  }

  static byte[] grant(ChainAddress merchant, Word purpose, long validUntil, String notice) {
    return fn(
        "grantConsent",
        addr(merchant),
        b32(purpose),
        b32(PROCESSING),
        new Uint64(validUntil),
        new Utf8String(notice));
  }

  static byte[] revoke(ChainAddress merchant, Word purpose) {
    return fn("revokeConsent", addr(merchant), b32(purpose));
  }

  TestHost.Outcome call(ChainAddress from, byte[] input) {
    return host.call(from, CONSENT, input);
  }

  boolean hasConsent(ChainAddress member, ChainAddress merchant, Word purpose) {
    TestHost.Outcome outcome =
        host.staticCall(
            member, CONSENT, fn("hasConsent", addr(member), addr(merchant), b32(purpose)));
    if (!outcome.succeeded()) {
      throw new AssertionError("hasConsent failed: " + outcome);
    }
    return AbiCalls.bool(outcome.result().data());
  }
}
