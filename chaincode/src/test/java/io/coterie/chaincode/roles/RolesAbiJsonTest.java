package io.coterie.chaincode.roles;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.abi.Selector;
import io.coterie.chaincode.abi.SolidityError;
import io.coterie.chaincode.abi.StandardErrors;
import io.coterie.chaincode.support.AbiJsonConsistency;
import io.coterie.chaincode.support.AbiJsonConsistency.EventInput;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The published ABI JSON and the Java dispatch table can never drift apart. */
class RolesAbiJsonTest {
  private final AbiJsonConsistency abi = AbiJsonConsistency.load("Roles");

  @Test
  void everyAbiFunctionHasAHandlerAndEveryHandlerIsInTheAbi() {
    abi.assertFunctionsMatch(new RolesPrecompile().dispatchTable());
  }

  @Test
  void abiErrorsAreExactlyTheErrorsThePrecompileReverts() {
    List<SolidityError> errors =
        new ArrayList<>(List.of(RolesErrors.UNAUTHORIZED_ACCOUNT, RolesErrors.BAD_CONFIRMATION));
    errors.addAll(StandardErrors.ALL);

    abi.assertErrorsAre(errors);
  }

  @Test
  void abiEventsAreExactlyTheEventsThePrecompileEmitsAllIndexed() {
    abi.assertEventsAre(
        List.of(
            RolesEvents.ROLE_GRANTED, RolesEvents.ROLE_REVOKED, RolesEvents.ROLE_ADMIN_CHANGED));
    assertThat(abi.eventInputs()).allMatch(EventInput::indexed, "indexed");
  }

  @Test
  void selectorsMatchOpenZeppelin() {
    assertThat(Selector.of("hasRole(bytes32,address)").toHex()).isEqualTo("0x91d14854");
    assertThat(Selector.of("grantRole(bytes32,address)").toHex()).isEqualTo("0x2f2ff15d");
    assertThat(Selector.of("revokeRole(bytes32,address)").toHex()).isEqualTo("0xd547741f");
    assertThat(Selector.of("renounceRole(bytes32,address)").toHex()).isEqualTo("0x36568abe");
    assertThat(Selector.of("getRoleAdmin(bytes32)").toHex()).isEqualTo("0x248a9ca3");
    assertThat(Selector.of("getRoleMember(bytes32,uint256)").toHex()).isEqualTo("0x9010d07c");
    assertThat(Selector.of("getRoleMemberCount(bytes32)").toHex()).isEqualTo("0xca15c873");
    assertThat(RolesErrors.UNAUTHORIZED_ACCOUNT.selector().toHex()).isEqualTo("0xe2517d3f");
    assertThat(RolesErrors.BAD_CONFIRMATION.selector().toHex()).isEqualTo("0x6697b232");
    assertThat(RolesPrecompile.IACCESS_CONTROL_ID.toHex()).isEqualTo("0x7965db0b");
    assertThat(RolesPrecompile.IACCESS_CONTROL_ENUMERABLE_ID.toHex()).isEqualTo("0x5a05180f");
  }
}
