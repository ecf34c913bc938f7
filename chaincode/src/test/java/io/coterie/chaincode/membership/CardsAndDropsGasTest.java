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
import static io.coterie.chaincode.support.ModulesFixture.points;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.support.ModulesFixture;
import io.coterie.chaincode.support.TestHost.Outcome;
import io.coterie.chaincode.support.TypedDataSigner;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The gas IMembershipCard(s).sol documents for member cards and paid drops (deterministic). */
class CardsAndDropsGasTest {
  private final ModulesFixture chain = new ModulesFixture();
  private final long program = chain.createProgram("Drop Points", true, 0);
  private final ChainAddress cards = collection(0);

  private long gas(ChainAddress from, ChainAddress to, byte[] input) {
    Outcome outcome = chain.call(from, to, input);
    assertThat(outcome.succeeded()).as("%s", outcome).isTrue();
    return outcome.gasUsed();
  }

  @Test
  void memberCardsCostTheDocumentedGas() {
    assertThat(gas(ADMIN, MEMBERSHIP, ModulesFixture.createMemberCollectionCall()))
        .isEqualTo(204045);
    chain.ok(ADMIN, cards, io.coterie.chaincode.membership.CardsFixture.airdrop(members(), 1));
    assertThat(gas(ADMIN, cards, fn("burn", u256(4)))).isEqualTo(103188);
    chain.ok(
        ADMIN,
        StandardRoles.ROLES_ADDRESS,
        fn("grantRole", b32(StandardRoles.MEMBER_ROLE), addr(OUTSIDER)));
    assertThat(gas(ADMIN, cards, fn("reissue", u256(5), addr(OUTSIDER)))).isEqualTo(330805);
    assertThat(
            gas(
                ADMIN,
                StandardRoles.ROLES_ADDRESS,
                fn("revokeRole", b32(StandardRoles.MEMBER_ROLE), addr(member(5)))))
        .as("revoking a member with a card burns it in the same call")
        .isEqualTo(161575);
    long expiry = chain.host.block().timestampSeconds() + 100;
    TypedDataSigner.Vrs sig =
        TypedDataSigner.delegation(MEMBER_KEYS.get(2), "Member Card", cards, member(3), 0, expiry);
    assertThat(
            gas(
                OUTSIDER,
                cards,
                fn(
                    "delegateBySig",
                    addr(member(3)),
                    u256(0),
                    u256(expiry),
                    sig.v(),
                    sig.r(),
                    sig.s())))
        .isEqualTo(95585);
    assertThat(gas(ADMIN, cards, fn("transferOwnership", addr(GOVERNOR)))).isEqualTo(32476);
    assertThat(gas(GOVERNOR, cards, fn("acceptOwnership"))).isEqualTo(24864);
  }

  @Test
  void dropsCostTheDocumentedGas() {
    chain.createMemberCollection(members());
    long items = chain.createCollection("Items", false);
    long now = chain.host.block().timestampSeconds();
    assertThat(
            gas(ADMIN, cards, DropSettlementTest.createDropCall(now, now, 5, items, program, 50)))
        .isEqualTo(148897);
    chain.award(program, member(0), 500);
    chain.award(program, member(1), 500);
    chain.ok(member(0), points(program), fn("approve", addr(cards), u256(50)));
    assertThat(gas(member(0), cards, fn("buy", u256(0)))).isEqualTo(455843);
    long deadline = now + 100;
    TypedDataSigner.Vrs permit =
        TypedDataSigner.permit(
            MEMBER_KEYS.get(1),
            "Drop Points",
            points(program),
            cards,
            BigInteger.valueOf(50),
            0,
            deadline);
    assertThat(
            gas(
                member(1),
                cards,
                fn("buyWithPermit", u256(0), u256(deadline), permit.v(), permit.r(), permit.s())))
        .isEqualTo(411495);
    chain.ok(ADMIN, points(program), fn("approve", addr(cards), u256(1000)));
    assertThat(gas(ADMIN, cards, fn("refund", u256(0), addr(member(0))))).isEqualTo(214024);
    assertThat(chain.host.staticCall(OUTSIDER, cards, fn("dropTerms", u256(0))).gasUsed())
        .isEqualTo(23576);
  }
}
