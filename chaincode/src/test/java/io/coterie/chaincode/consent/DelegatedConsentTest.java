package io.coterie.chaincode.consent;

import static io.coterie.chaincode.consent.ConsentFixture.ANALYTICS;
import static io.coterie.chaincode.consent.ConsentFixture.BRAND;
import static io.coterie.chaincode.consent.ConsentFixture.CONSENT;
import static io.coterie.chaincode.consent.ConsentFixture.MARKETING;
import static io.coterie.chaincode.consent.ConsentFixture.MEMBER;
import static io.coterie.chaincode.consent.ConsentFixture.MEMBER2;
import static io.coterie.chaincode.consent.ConsentFixture.SHOP;
import static io.coterie.chaincode.consent.ConsentFixture.STRANGER;
import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.b32;
import static io.coterie.chaincode.support.AbiCalls.fn;
import static io.coterie.chaincode.support.AbiCalls.u256;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.did.DelegateTypes;
import io.coterie.chaincode.did.DidRegistryPrecompile;
import io.coterie.chaincode.did.DidRegistryReader;
import io.coterie.chaincode.roles.RolesGenesis;
import io.coterie.chaincode.roles.RolesPrecompile;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.AbiCalls;
import io.coterie.chaincode.support.TestHost;
import io.coterie.chaincode.support.TestHost.Outcome;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A consent granted to a DID is honoured for the DID's valid "veriKey" delegates: a brand's shop
 * acting as a member's authorised delegate passes the consent check while, and only while, the
 * member's consent and the shop's delegation are both in force.
 */
class DelegatedConsentTest {
  private static final ChainAddress REGISTRY = DidRegistryPrecompile.ADDRESS;

  private final TestHost host =
      new TestHost(
          List.of(new RolesPrecompile(), new ConsentPrecompile(), new DidRegistryPrecompile()));

  DelegatedConsentTest() {
    SortedMap<Word, List<ChainAddress>> members = new TreeMap<>();
    members.put(StandardRoles.SHOP_ROLE, List.of(SHOP));
    members.put(StandardRoles.BRAND_ROLE, List.of(BRAND));
    members.put(StandardRoles.MEMBER_ROLE, List.of(MEMBER, MEMBER2));
    host.world().putStorage(StandardRoles.ROLES_ADDRESS, RolesGenesis.initialStorage(members));
  }

  private Outcome grant(ChainAddress member, ChainAddress identity, Word purpose) {
    return host.call(member, CONSENT, ConsentFixture.grant(identity, purpose, 0, ""));
  }

  private Outcome addDelegate(ChainAddress owner, ChainAddress identity, Word type, long seconds) {
    return host.call(
        owner, REGISTRY, fn("addDelegate", addr(identity), b32(type), addr(SHOP), u256(seconds)));
  }

  private boolean shopMayUse(ChainAddress member, ChainAddress identity, Word purpose) {
    Outcome outcome =
        host.staticCall(
            SHOP,
            CONSENT,
            fn("hasDelegatedConsent", addr(member), addr(identity), addr(SHOP), b32(purpose)));
    assertThat(outcome.succeeded()).as("hasDelegatedConsent: %s", outcome).isTrue();
    assertThat(outcome.gasUsed()).isEqualTo(8312);
    return AbiCalls.bool(outcome.result().data());
  }

  private boolean directConsent(ChainAddress member, ChainAddress merchant, Word purpose) {
    Outcome outcome =
        host.staticCall(
            SHOP, CONSENT, fn("hasConsent", addr(member), addr(merchant), b32(purpose)));
    return AbiCalls.bool(outcome.result().data());
  }

  @Test
  void theShopAMemberAddsAsDelegateOfTheirDidUsesTheConsentTheyGaveTheirDid() {
    assertThat(grant(MEMBER, MEMBER, MARKETING).succeeded()).isTrue();
    assertThat(shopMayUse(MEMBER, MEMBER, MARKETING)).as("before the delegation").isFalse();

    assertThat(addDelegate(MEMBER, MEMBER, DelegateTypes.VERI_KEY, 600).succeeded()).isTrue();

    assertThat(shopMayUse(MEMBER, MEMBER, MARKETING)).isTrue();
    assertThat(directConsent(MEMBER, SHOP, MARKETING))
        .as("no consent to the shop itself")
        .isFalse();
    assertThat(shopMayUse(MEMBER, MEMBER, ANALYTICS)).as("another purpose").isFalse();
    assertThat(shopMayUse(MEMBER2, MEMBER, MARKETING)).as("another member's data").isFalse();
    assertThat(
            new DelegatedConsentReader(new ConsentReader(), new DidRegistryReader())
                .hasConsent(
                    host.world(), MEMBER, MEMBER, SHOP, MARKETING, host.block().timestampSeconds()))
        .isTrue();
  }

  @Test
  void theUseEndsWithTheDelegationsWindowItsRevocationOrTheConsentsWithdrawal() {
    grant(MEMBER, MEMBER, MARKETING);
    addDelegate(MEMBER, MEMBER, DelegateTypes.VERI_KEY, 600);

    host.advance(1, 599);
    assertThat(shopMayUse(MEMBER, MEMBER, MARKETING)).isTrue();
    host.advance(1, 1);
    assertThat(shopMayUse(MEMBER, MEMBER, MARKETING)).as("validTo reached").isFalse();

    addDelegate(MEMBER, MEMBER, DelegateTypes.VERI_KEY, 600);
    assertThat(shopMayUse(MEMBER, MEMBER, MARKETING)).isTrue();
    host.call(
        MEMBER,
        REGISTRY,
        fn("revokeDelegate", addr(MEMBER), b32(DelegateTypes.VERI_KEY), addr(SHOP)));
    assertThat(shopMayUse(MEMBER, MEMBER, MARKETING)).as("delegation revoked").isFalse();

    addDelegate(MEMBER, MEMBER, DelegateTypes.VERI_KEY, 600);
    host.call(MEMBER, CONSENT, ConsentFixture.revoke(MEMBER, MARKETING));
    assertThat(shopMayUse(MEMBER, MEMBER, MARKETING)).as("consent withdrawn").isFalse();
  }

  @Test
  void onlyVeriKeyDelegatesCountAndOnlyTheOwnerAddsThem() {
    grant(MEMBER, MEMBER, MARKETING);

    assertThat(addDelegate(MEMBER, MEMBER, DelegateTypes.SIG_AUTH, 600).succeeded()).isTrue();
    assertThat(shopMayUse(MEMBER, MEMBER, MARKETING)).isFalse();
    assertThat(addDelegate(SHOP, MEMBER, DelegateTypes.VERI_KEY, 600).succeeded())
        .as("a shop cannot make itself the member's delegate")
        .isFalse();
    assertThat(shopMayUse(MEMBER, MEMBER, MARKETING)).isFalse();
  }

  @Test
  void aConsentToABrandsDidCoversTheShopsTheBrandListsAsDelegates() {
    assertThat(grant(MEMBER, BRAND, MARKETING).succeeded()).isTrue();
    assertThat(shopMayUse(MEMBER, BRAND, MARKETING)).isFalse();

    addDelegate(BRAND, BRAND, DelegateTypes.VERI_KEY, 3600);

    assertThat(shopMayUse(MEMBER, BRAND, MARKETING)).isTrue();
  }

  @Test
  void aMemberGrantsOnlyToMerchantsOrToADidTheyOwn() {
    Outcome refused = grant(MEMBER, STRANGER, MARKETING);

    assertThat(refused.result().data())
        .isEqualTo(ConsentErrors.NOT_A_MERCHANT.encode(addr(STRANGER)));
    assertThat(grant(MEMBER2, MEMBER, MARKETING).succeeded()).as("another member's DID").isFalse();

    host.call(STRANGER, REGISTRY, fn("changeOwner", addr(STRANGER), addr(MEMBER)));

    assertThat(grant(MEMBER, STRANGER, MARKETING).succeeded())
        .as("the stranger's identity, now the member's")
        .isTrue();
  }
}
