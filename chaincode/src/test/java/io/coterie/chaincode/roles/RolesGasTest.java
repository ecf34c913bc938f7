package io.coterie.chaincode.roles;

import static io.coterie.chaincode.roles.RolesFixture.ADMIN;
import static io.coterie.chaincode.roles.RolesFixture.ALICE;
import static io.coterie.chaincode.roles.RolesFixture.ROLES;
import static io.coterie.chaincode.roles.StandardRoles.MEMBER_ROLE;
import static io.coterie.chaincode.roles.StandardRoles.SHOP_ROLE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The gas figures documented in IRoles.sol. */
class RolesGasTest {
  private final RolesFixture chain = new RolesFixture();

  private long gas(byte[] input) {
    return chain.call(ADMIN, input).gasUsed();
  }

  @Test
  void viewsCostTheDocumentedGas() {
    assertThat(gas(RolesCalls.constant("SHOP_ROLE"))).isEqualTo(2064);
    assertThat(gas(RolesCalls.hasRole(SHOP_ROLE, ALICE))).isEqualTo(5188);
    assertThat(gas(RolesCalls.getRoleAdmin(SHOP_ROLE))).isEqualTo(4676);
    assertThat(gas(RolesCalls.getRoleMemberCount(SHOP_ROLE))).isEqualTo(4676);
    assertThat(gas(RolesCalls.getAccountRoleCount(ALICE))).isEqualTo(4676);
    assertThat(gas(RolesCalls.supportsInterface("0x7965db0b"))).isEqualTo(2576);
    assertThat(gas(RolesCalls.getRoleMembers(SHOP_ROLE))).isEqualTo(4676);
    gas(RolesCalls.grantRole(SHOP_ROLE, ALICE));
    assertThat(gas(RolesCalls.getRoleMembers(SHOP_ROLE))).isEqualTo(4676 + 2100);
    assertThat(gas(RolesCalls.getRoleMember(SHOP_ROLE, 0))).isEqualTo(7288);
  }

  @Test
  void writesCostTheDocumentedGas() {
    assertThat(gas(RolesCalls.grantRole(SHOP_ROLE, ALICE))).isEqualTo(115463);
    assertThat(gas(RolesCalls.grantRole(SHOP_ROLE, ALICE))).isEqualTo(9388);
    assertThat(gas(RolesCalls.revokeRole(SHOP_ROLE, ALICE))).isEqualTo(42563);
    assertThat(gas(RolesCalls.revokeRole(SHOP_ROLE, ALICE))).isEqualTo(9388);
    assertThat(gas(RolesCalls.setRoleAdmin(MEMBER_ROLE, SHOP_ROLE))).isEqualTo(29163);
    gas(RolesCalls.grantRole(MEMBER_ROLE, ADMIN));
    gas(RolesCalls.grantRole(SHOP_ROLE, ALICE));
    assertThat(chain.host.call(ALICE, ROLES, RolesCalls.renounceRole(SHOP_ROLE, ALICE)).gasUsed())
        .isEqualTo(38363);
  }
}
