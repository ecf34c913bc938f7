package io.coterie.chaincode.membership;

import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.b32;
import static io.coterie.chaincode.support.AbiCalls.fn;
import static io.coterie.chaincode.support.AbiCalls.u256;
import static io.coterie.chaincode.support.ModulesFixture.ADMIN;
import static io.coterie.chaincode.support.ModulesFixture.GOVERNOR;
import static io.coterie.chaincode.support.ModulesFixture.MEMBERSHIP;
import static io.coterie.chaincode.support.ModulesFixture.MEMBER_KEYS;
import static io.coterie.chaincode.support.ModulesFixture.OUTSIDER;
import static io.coterie.chaincode.support.ModulesFixture.collection;
import static io.coterie.chaincode.support.ModulesFixture.member;
import static io.coterie.chaincode.support.ModulesFixture.members;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.abi.AbiValues;
import io.coterie.chaincode.abi.DelegationSignatures;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.AbiCalls;
import io.coterie.chaincode.support.ModulesFixture;
import io.coterie.chaincode.support.TestHost.Outcome;
import io.coterie.chaincode.support.TypedDataSigner;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint8;

/**
 * Member collections: cards only for MEMBER_ROLE holders, burned when the role goes, reissued for a
 * lost key, and delegated by signature.
 */
class MemberCollectionTest {
  private static final ChainAddress ROLES = StandardRoles.ROLES_ADDRESS;
  private static final ChainAddress NEWCOMER = ChainAddress.of(0xc0ffeeL);

  private final ModulesFixture chain = new ModulesFixture();
  private final long id = chain.createMemberCollection(members());
  private final ChainAddress cards = collection(id);

  private long votes(ChainAddress account) {
    return chain.uint(cards, "getVotes", addr(account)).longValueExact();
  }

  private long pastVotes(ChainAddress account, long block) {
    return chain.uint(cards, "getPastVotes", addr(account), u256(block)).longValueExact();
  }

  private long pastSupply(long block) {
    return chain.uint(cards, "getPastTotalSupply", u256(block)).longValueExact();
  }

  @Test
  void revokingMemberRoleBurnsTheCardSoItsVoteAndQuorumShareEndWithThatBlock() {
    chain.mine(1);
    long before = chain.block() - 1;

    Outcome revoked =
        chain.call(ADMIN, ROLES, fn("revokeRole", b32(StandardRoles.MEMBER_ROLE), addr(member(5))));
    long revokedIn = chain.block();
    chain.mine(1);

    assertThat(revoked.succeeded()).as("%s", revoked).isTrue();
    assertThat(revoked.logs().stream().map(l -> l.emitter()))
        .as("RoleRevoked from the roles, Transfer to 0 from the cards")
        .contains(ROLES, cards);
    assertThat(chain.uint(cards, "balanceOf", addr(member(5)))).isZero();
    assertThat(votes(member(5))).isZero();
    assertThat(pastVotes(member(5), revokedIn)).isZero();
    assertThat(pastVotes(member(5), before)).as("earlier snapshots keep their votes").isOne();
    assertThat(pastSupply(revokedIn)).isEqualTo(5);
    assertThat(pastSupply(before)).isEqualTo(6);
  }

  @Test
  void renouncingMemberRoleBurnsTheCardToo() {
    chain.ok(member(2), ROLES, fn("renounceRole", b32(StandardRoles.MEMBER_ROLE), addr(member(2))));

    assertThat(chain.uint(cards, "balanceOf", addr(member(2)))).isZero();
    assertThat(chain.uint(cards, "totalSupply")).isEqualTo(5);
  }

  @Test
  void cardsGoOnlyToMembersAndOneEach() {
    assertThat(chain.call(ADMIN, cards, fn("mint", addr(NEWCOMER), new Uint8(1))).result().data())
        .isEqualTo(MembershipErrors.NOT_A_MEMBER.encode(AbiValues.address(NEWCOMER)));
    assertThat(chain.call(ADMIN, cards, fn("mint", addr(member(0)), new Uint8(1))).result().data())
        .isEqualTo(
            MembershipErrors.ALREADY_HOLDS_CARD.encode(
                AbiValues.address(member(0)), AbiValues.uint256(1)));
    chain.ok(ADMIN, ROLES, fn("grantRole", b32(StandardRoles.MEMBER_ROLE), addr(NEWCOMER)));
    chain.ok(ADMIN, cards, fn("mint", addr(NEWCOMER), new Uint8(1)));
    assertThat(AbiCalls.bool(chain.view(cards, fn("memberBound")))).isTrue();
    assertThat(AbiCalls.bool(chain.view(cards, fn("locked", u256(7))))).isTrue();
  }

  @Test
  void aLostKeysCardIsReissuedWithItsTierToTheMembersNewAddress() {
    chain.ok(ADMIN, cards, fn("setTier", u256(3), new Uint8(4)));
    chain.ok(ADMIN, ROLES, fn("grantRole", b32(StandardRoles.MEMBER_ROLE), addr(NEWCOMER)));

    Outcome reissued = chain.call(ADMIN, cards, fn("reissue", u256(3), addr(NEWCOMER)));
    chain.mine(1);

    assertThat(reissued.succeeded()).as("%s", reissued).isTrue();
    BigInteger newId = AbiCalls.uint(reissued.result().data());
    assertThat(AbiCalls.address(chain.view(cards, fn("ownerOf", u256(newId.longValue())))))
        .isEqualTo(NEWCOMER);
    assertThat(chain.uint(cards, "tierOf", u256(newId.longValue()))).isEqualTo(4);
    assertThat(chain.uint(cards, "balanceOf", addr(member(2)))).isZero();
    assertThat(votes(NEWCOMER)).isOne();
    assertThat(votes(member(2))).isZero();
    assertThat(chain.uint(cards, "totalSupply")).as("still one card per member").isEqualTo(6);
    assertThat(reissued.logs().get(reissued.logs().size() - 1).topics())
        .containsExactly(MembershipEvents.CARD_REISSUED.topic0(), Word.of(3), Word.of(newId));
  }

  @Test
  void theOwnerOrTheGovernorBurnsOthersMayNot() {
    assertThat(chain.call(OUTSIDER, cards, fn("burn", u256(1))).result().data())
        .isEqualTo(
            MembershipErrors.NOT_COLLECTION_BRAND.encode(
                AbiValues.address(OUTSIDER), AbiValues.address(ADMIN)));
    chain.ok(ADMIN, cards, fn("burn", u256(1)));
    chain.ok(GOVERNOR, cards, fn("burn", u256(2)));

    assertThat(chain.uint(cards, "totalSupply")).isEqualTo(4);
    assertThat(chain.call(ADMIN, cards, fn("burn", u256(1))).result().data())
        .isEqualTo(MembershipErrors.ERC721_NONEXISTENT_TOKEN.encode(AbiValues.uint256(1)));
    assertThat(AbiCalls.uint(chain.view(cards, fn("tokenByIndex", u256(0))))).isEqualTo(6);
  }

  @Test
  void aHolderDelegatesBySignatureAndANonceIsUsedOnce() {
    long expiry = chain.host.block().timestampSeconds() + 600;
    TypedDataSigner.Vrs sig =
        TypedDataSigner.delegation(MEMBER_KEYS.get(0), "Member Card", cards, member(1), 0, expiry);
    byte[] call =
        fn("delegateBySig", addr(member(1)), u256(0), u256(expiry), sig.v(), sig.r(), sig.s());

    Outcome delegated = chain.call(OUTSIDER, cards, call);
    Outcome replayed = chain.call(OUTSIDER, cards, call);

    assertThat(delegated.succeeded()).as("%s", delegated).isTrue();
    assertThat(votes(member(1))).isEqualTo(2);
    assertThat(votes(member(0))).isZero();
    assertThat(chain.uint(cards, "nonces", addr(member(0)))).isOne();
    assertThat(replayed.result().data())
        .isEqualTo(
            DelegationSignatures.INVALID_ACCOUNT_NONCE.encode(
                AbiValues.address(member(0)), AbiValues.uint256(1)));
    TypedDataSigner.Vrs late =
        TypedDataSigner.delegation(MEMBER_KEYS.get(2), "Member Card", cards, member(1), 0, 5);
    assertThat(
            chain
                .call(
                    OUTSIDER,
                    cards,
                    fn(
                        "delegateBySig",
                        addr(member(1)),
                        u256(0),
                        u256(5),
                        late.v(),
                        late.r(),
                        late.s()))
                .result()
                .data())
        .isEqualTo(DelegationSignatures.VOTES_EXPIRED_SIGNATURE.encode(AbiValues.uint256(5)));
  }

  @Test
  void atMostSixteenMemberCollectionsExist() {
    List<Outcome> outcomes = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      outcomes.add(
          chain.call(
              ADMIN,
              MEMBERSHIP,
              fn(
                  "createMemberCollection",
                  new Utf8String("C" + i),
                  new Utf8String("C"),
                  new Utf8String(""))));
    }

    assertThat(outcomes.subList(0, 15)).allMatch(Outcome::succeeded);
    assertThat(outcomes.get(15).result().data())
        .isEqualTo(MembershipErrors.TOO_MANY_MEMBER_COLLECTIONS.encode(AbiValues.uint256(16)));
  }
}
