package io.coterie.chaincode.dao;

import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.b32;
import static io.coterie.chaincode.support.AbiCalls.fn;
import static io.coterie.chaincode.support.AbiCalls.u256;
import static io.coterie.chaincode.support.ModulesFixture.ADMIN;
import static io.coterie.chaincode.support.ModulesFixture.GOVERNOR;
import static io.coterie.chaincode.support.ModulesFixture.LOYALTY;
import static io.coterie.chaincode.support.ModulesFixture.OUTSIDER;
import static io.coterie.chaincode.support.ModulesFixture.collection;
import static io.coterie.chaincode.support.ModulesFixture.member;
import static io.coterie.chaincode.support.ModulesFixture.members;
import static io.coterie.chaincode.support.ModulesFixture.points;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.abi.AbiValues;
import io.coterie.chaincode.membership.MembershipErrors;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.support.AbiCalls;
import io.coterie.chaincode.support.ModulesFixture;
import io.coterie.chaincode.support.TestHost.Outcome;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.abi.datatypes.generated.Uint8;

/**
 * Authority moves to the DAO: a brand hands its collection (and a program) to the governor in two
 * steps, after which only votes mint; the members admitting a newcomer and minting their card is
 * one executed proposal.
 */
class GovernorOwnershipTest {
  private static final ChainAddress NEWCOMER = ChainAddress.of(0xc0ffeeL);

  private final ModulesFixture chain = new ModulesFixture();
  private final DaoDriver dao = new DaoDriver(chain);
  private final long cards = chain.createMemberCollection(members());
  private final ChainAddress cardsAddress = collection(cards);

  @Test
  void aProposalAcceptsTheCollectionAndAnotherMintsThroughAVote() {
    chain.ok(ADMIN, cardsAddress, fn("transferOwnership", addr(GOVERNOR)));
    assertThat(AbiCalls.address(chain.view(cardsAddress, fn("pendingOwner")))).isEqualTo(GOVERNOR);
    assertThat(AbiCalls.address(chain.view(cardsAddress, fn("owner"))))
        .as("not yet")
        .isEqualTo(ADMIN);

    Outcome accepted =
        dao.pass(
            GovernorCalls.Proposal.of(
                cardsAddress, fn("acceptOwnership"), "The DAO takes over the member cards"));

    assertThat(accepted.succeeded()).as("%s", accepted).isTrue();
    assertThat(AbiCalls.address(chain.view(cardsAddress, fn("owner")))).isEqualTo(GOVERNOR);
    assertThat(
            AbiCalls.address(
                chain.view(ModulesFixture.MEMBERSHIP, fn("collectionBrand", u256(cards)))))
        .isEqualTo(GOVERNOR);
    assertThat(
            chain
                .call(ADMIN, cardsAddress, fn("mint", addr(NEWCOMER), new Uint8(1)))
                .result()
                .data())
        .as("the brand can no longer mint")
        .isEqualTo(
            MembershipErrors.NOT_COLLECTION_BRAND.encode(
                AbiValues.address(ADMIN), AbiValues.address(GOVERNOR)));

    Outcome admitted =
        dao.pass(
            GovernorCalls.Proposal.of(
                List.of(StandardRoles.ROLES_ADDRESS, cardsAddress),
                List.of(
                    fn("grantRole", b32(StandardRoles.MEMBER_ROLE), addr(NEWCOMER)),
                    fn("mint", addr(NEWCOMER), new Uint8(1))),
                "Admit the newcomer and give them a card"));

    assertThat(admitted.succeeded()).as("%s", admitted).isTrue();
    assertThat(chain.uint(cardsAddress, "balanceOf", addr(NEWCOMER))).isOne();
    assertThat(chain.uint(cardsAddress, "getVotes", addr(NEWCOMER))).isOne();
    assertThat(chain.uint(cardsAddress, "totalSupply")).isEqualTo(BigInteger.valueOf(7));
  }

  @Test
  void onlyThePendingOwnerAcceptsAndItMustBeABrandOrTheGovernor() {
    chain.ok(ADMIN, cardsAddress, fn("transferOwnership", addr(OUTSIDER)));

    assertThat(chain.call(member(0), cardsAddress, fn("acceptOwnership")).result().data())
        .isEqualTo(
            MembershipErrors.OWNABLE_UNAUTHORIZED_ACCOUNT.encode(AbiValues.address(member(0))));
    assertThat(chain.call(OUTSIDER, cardsAddress, fn("acceptOwnership")).result().data())
        .as("the outsider holds no BRAND_ROLE")
        .isEqualTo(
            MembershipErrors.UNAUTHORIZED_ACCOUNT.encode(
                AbiValues.address(OUTSIDER), AbiValues.bytes32(StandardRoles.BRAND_ROLE)));
    assertThat(
            chain
                .call(member(0), cardsAddress, fn("transferOwnership", addr(member(0))))
                .result()
                .data())
        .isEqualTo(
            MembershipErrors.NOT_COLLECTION_BRAND.encode(
                AbiValues.address(member(0)), AbiValues.address(ADMIN)));
  }

  @Test
  void aProgramChangesHandsInTwoStepsAndItsNewOwnerConfiguresIt() {
    long program = chain.createProgram("DAO Points", true, 0);
    chain.ok(ADMIN, points(program), fn("transferOwnership", addr(GOVERNOR)));

    Outcome accepted =
        dao.pass(
            GovernorCalls.Proposal.of(
                List.of(points(program), LOYALTY),
                List.of(fn("acceptOwnership"), fn("enableVotes", u256(program))),
                "The DAO runs its points and lets them vote"));

    assertThat(accepted.succeeded()).as("%s", accepted).isTrue();
    assertThat(AbiCalls.address(chain.view(points(program), fn("owner")))).isEqualTo(GOVERNOR);
    assertThat(AbiCalls.bool(chain.view(LOYALTY, fn("votesEnabled", u256(program))))).isTrue();
    assertThat(AbiCalls.address(chain.view(points(program), fn("pendingOwner"))))
        .isEqualTo(ChainAddress.ZERO);
  }
}
