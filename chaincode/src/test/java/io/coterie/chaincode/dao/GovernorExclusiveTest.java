package io.coterie.chaincode.dao;

import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.b32;
import static io.coterie.chaincode.support.AbiCalls.fn;
import static io.coterie.chaincode.support.AbiCalls.u256;
import static io.coterie.chaincode.support.ModulesFixture.ADMIN;
import static io.coterie.chaincode.support.ModulesFixture.LOYALTY;
import static io.coterie.chaincode.support.ModulesFixture.member;
import static io.coterie.chaincode.support.ModulesFixture.members;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.abi.AbiValues;
import io.coterie.chaincode.loyalty.LoyaltyErrors;
import io.coterie.chaincode.roles.RolesErrors;
import io.coterie.chaincode.roles.RolesReader;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.support.AbiCalls;
import io.coterie.chaincode.support.ModulesFixture;
import io.coterie.chaincode.support.TestHost.Outcome;
import org.junit.jupiter.api.Test;

/**
 * On a governor-exclusive chain the DAO is the only admin of MEMBER_ROLE and of exchange rates:
 * DEFAULT_ADMIN_ROLE holders are refused every way round (grant, revoke, re-parent, take
 * GOVERNANCE_ROLE, set a rate), and executed proposals do all of it.
 */
class GovernorExclusiveTest {
  private static final ChainAddress NEWCOMER = ChainAddress.of(0xc0ffeeL);
  private static final ChainAddress ROLES = StandardRoles.ROLES_ADDRESS;

  private final ModulesFixture chain = new ModulesFixture(true);
  private final DaoDriver dao = new DaoDriver(chain);
  private final long programA;
  private final long programB;

  GovernorExclusiveTest() {
    chain.createMemberCollection(members());
    programA = chain.createProgram("A Points", true, 0);
    programB = chain.createProgram("B Points", true, 0);
  }

  private byte[] refusal(byte[] input, ChainAddress to) {
    Outcome outcome = chain.call(ADMIN, to, input);
    assertThat(outcome.succeeded()).as("the admin must be refused: %s", outcome).isFalse();
    return outcome.result().data();
  }

  private static byte[] needsGovernance() {
    return RolesErrors.UNAUTHORIZED_ACCOUNT.encode(
        AbiValues.address(ADMIN), AbiValues.bytes32(StandardRoles.GOVERNANCE_ROLE));
  }

  @Test
  void theAdminCannotBypassTheDaoOnMembers() {
    assertThat(AbiCalls.bool(chain.view(ROLES, fn("governorExclusive")))).isTrue();
    assertThat(refusal(fn("grantRole", b32(StandardRoles.MEMBER_ROLE), addr(NEWCOMER)), ROLES))
        .isEqualTo(needsGovernance());
    assertThat(refusal(fn("revokeRole", b32(StandardRoles.MEMBER_ROLE), addr(member(5))), ROLES))
        .isEqualTo(needsGovernance());
    assertThat(refusal(fn("grantRole", b32(StandardRoles.GOVERNANCE_ROLE), addr(ADMIN)), ROLES))
        .as("nor make itself governance")
        .isEqualTo(needsGovernance());
    assertThat(
            refusal(
                fn(
                    "setRoleAdmin",
                    b32(StandardRoles.MEMBER_ROLE),
                    b32(StandardRoles.DEFAULT_ADMIN_ROLE)),
                ROLES))
        .as("nor take MEMBER_ROLE back")
        .isEqualTo(needsGovernance());
    assertThat(
            refusal(
                fn(
                    "setRoleAdmin",
                    b32(StandardRoles.GOVERNANCE_ROLE),
                    b32(StandardRoles.DEFAULT_ADMIN_ROLE)),
                ROLES))
        .isEqualTo(needsGovernance());
    assertThat(
            chain
                .call(ADMIN, ROLES, fn("grantRole", b32(StandardRoles.SHOP_ROLE), addr(NEWCOMER)))
                .succeeded())
        .as("other roles stay the admin's")
        .isTrue();
  }

  @Test
  void theAdminCannotSetExchangeRatesButAVoteCan() {
    byte[] setRate = fn("setExchangeRate", u256(programA), u256(programB), u256(2), u256(1));
    assertThat(refusal(setRate, LOYALTY))
        .isEqualTo(LoyaltyErrors.NOT_GOVERNANCE.encode(AbiValues.address(ADMIN)));

    Outcome executed = dao.pass(GovernorCalls.Proposal.of(LOYALTY, setRate, "A buys two B"));

    assertThat(executed.succeeded()).as("%s", executed).isTrue();
    assertThat(
            AbiCalls.uint(chain.view(LOYALTY, fn("exchangeRate", u256(programA), u256(programB)))))
        .isEqualTo(2);
  }

  @Test
  void aVoteAdmitsAndExpelsMembers() {
    Outcome admitted =
        dao.pass(
            GovernorCalls.Proposal.of(
                ROLES, fn("grantRole", b32(StandardRoles.MEMBER_ROLE), addr(NEWCOMER)), "Admit"));
    Outcome expelled =
        dao.pass(
            GovernorCalls.Proposal.of(
                ROLES,
                fn("revokeRole", b32(StandardRoles.MEMBER_ROLE), addr(member(5))),
                "Expel #9"));

    assertThat(admitted.succeeded()).as("%s", admitted).isTrue();
    assertThat(expelled.succeeded()).as("%s", expelled).isTrue();
    RolesReader roles = new RolesReader();
    assertThat(roles.hasRole(chain.host.world(), StandardRoles.MEMBER_ROLE, NEWCOMER)).isTrue();
    assertThat(roles.hasRole(chain.host.world(), StandardRoles.MEMBER_ROLE, member(5))).isFalse();
    assertThat(chain.uint(ModulesFixture.collection(0), "balanceOf", addr(member(5))))
        .as("the expelled member's card burned with the revocation")
        .isZero();
  }

  @Test
  void withoutTheSwitchTheAdminStillOnboards() {
    ModulesFixture open = new ModulesFixture(false);

    assertThat(AbiCalls.bool(open.view(ROLES, fn("governorExclusive")))).isFalse();
    assertThat(
            open.call(ADMIN, ROLES, fn("grantRole", b32(StandardRoles.MEMBER_ROLE), addr(NEWCOMER)))
                .succeeded())
        .isTrue();
    long a = open.createProgram("A Points", true, 0);
    long b = open.createProgram("B Points", true, 0);
    assertThat(
            open.call(ADMIN, LOYALTY, fn("setExchangeRate", u256(a), u256(b), u256(1), u256(1)))
                .succeeded())
        .isTrue();
  }
}
