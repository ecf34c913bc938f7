package io.coterie.chaincode.roles;

import static io.coterie.chaincode.roles.RolesFixture.ADMIN;
import static io.coterie.chaincode.roles.RolesFixture.ALICE;
import static io.coterie.chaincode.roles.RolesFixture.BOB;
import static io.coterie.chaincode.roles.RolesFixture.ROLES;
import static io.coterie.chaincode.roles.StandardRoles.DEFAULT_ADMIN_ROLE;
import static io.coterie.chaincode.roles.StandardRoles.MEMBER_ROLE;
import static io.coterie.chaincode.roles.StandardRoles.SHOP_ROLE;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.abi.Selector;
import io.coterie.chaincode.abi.StandardErrors;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.AbiCalls;
import io.coterie.chaincode.support.InMemoryWorld.LogEntry;
import io.coterie.chaincode.support.TestHost.Outcome;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.abi.datatypes.generated.Bytes4;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.utils.Numeric;

class RolesPrecompileTest {
  private static final Word ROLE_GRANTED =
      Word.fromHex("0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d");
  private static final Word ROLE_REVOKED =
      Word.fromHex("0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b");
  private static final Word ROLE_ADMIN_CHANGED =
      Word.fromHex("0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff");

  private final RolesFixture chain = new RolesFixture();

  @Test
  void adminGrantsARoleAndTheHolderIsVisibleEverywhere() {
    Outcome outcome = chain.call(ADMIN, RolesCalls.grantRole(SHOP_ROLE, ALICE));

    assertThat(outcome.succeeded()).isTrue();
    assertThat(outcome.result().data()).isEmpty();
    assertThat(chain.hasRole(SHOP_ROLE, ALICE)).isTrue();
    assertThat(chain.hasRole(SHOP_ROLE, BOB)).isFalse();
    assertThat(chain.members(SHOP_ROLE)).containsExactly(ALICE);
    assertThat(RolesCalls.decodeUint(chain.view(RolesCalls.getRoleMemberCount(SHOP_ROLE))))
        .isEqualTo(BigInteger.ONE);
    assertThat(Numeric.toHexString(chain.view(RolesCalls.getRoleMember(SHOP_ROLE, 0))))
        .isEqualTo(Numeric.toHexString(Word.of(ALICE).bytes()));
    assertThat(RolesCalls.decodeUint(chain.view(RolesCalls.getAccountRoleCount(ALICE))))
        .isEqualTo(BigInteger.ONE);
  }

  @Test
  void grantEmitsRoleGrantedWithOzTopicsAndNoData() {
    Outcome outcome = chain.call(ADMIN, RolesCalls.grantRole(SHOP_ROLE, ALICE));

    assertThat(outcome.logs())
        .containsExactly(
            new LogEntry(
                ROLES, List.of(ROLE_GRANTED, SHOP_ROLE, Word.of(ALICE), Word.of(ADMIN)), "0x"));
  }

  @Test
  void grantingAHeldRoleAgainChangesNothingAndEmitsNothing() {
    chain.call(ADMIN, RolesCalls.grantRole(SHOP_ROLE, ALICE));
    var storageBefore = chain.host.world().storageOf(ROLES);

    Outcome again = chain.call(ADMIN, RolesCalls.grantRole(SHOP_ROLE, ALICE));

    assertThat(again.succeeded()).isTrue();
    assertThat(again.logs()).isEmpty();
    assertThat(chain.host.world().storageOf(ROLES)).isEqualTo(storageBefore);
  }

  @Test
  void unauthorizedGrantRevertsWithTheExactOzCustomError() {
    Outcome outcome = chain.call(ALICE, RolesCalls.grantRole(SHOP_ROLE, BOB));

    assertThat(outcome.result().isSuccess()).isFalse();
    assertThat(Numeric.toHexString(outcome.result().data()))
        .isEqualTo(
            "0xe2517d3f"
                + "00000000000000000000000070997970c51812dc3a010c7d01b50e0d17dc79c8"
                + "0000000000000000000000000000000000000000000000000000000000000000");
    assertThat(chain.hasRole(SHOP_ROLE, BOB)).isFalse();
    assertThat(outcome.logs()).isEmpty();
  }

  @Test
  void unauthorizedRevokeNamesTheNeededAdminRole() {
    chain.call(ADMIN, RolesCalls.setRoleAdmin(MEMBER_ROLE, SHOP_ROLE));

    Outcome outcome = chain.call(BOB, RolesCalls.revokeRole(MEMBER_ROLE, ALICE));

    assertThat(outcome.result().data())
        .isEqualTo(
            RolesErrors.UNAUTHORIZED_ACCOUNT.encode(AbiCalls.addr(BOB), AbiCalls.b32(SHOP_ROLE)));
  }

  @Test
  void adminRevokesAndRoleRevokedIsEmitted() {
    chain.call(ADMIN, RolesCalls.grantRole(SHOP_ROLE, ALICE));

    Outcome outcome = chain.call(ADMIN, RolesCalls.revokeRole(SHOP_ROLE, ALICE));

    assertThat(outcome.succeeded()).isTrue();
    assertThat(outcome.logs())
        .containsExactly(
            new LogEntry(
                ROLES, List.of(ROLE_REVOKED, SHOP_ROLE, Word.of(ALICE), Word.of(ADMIN)), "0x"));
    assertThat(chain.hasRole(SHOP_ROLE, ALICE)).isFalse();
    assertThat(chain.members(SHOP_ROLE)).isEmpty();
    assertThat(RolesCalls.decodeUint(chain.view(RolesCalls.getAccountRoleCount(ALICE)))).isZero();
  }

  @Test
  void revokingARoleNotHeldEmitsNothing() {
    Outcome outcome = chain.call(ADMIN, RolesCalls.revokeRole(SHOP_ROLE, ALICE));

    assertThat(outcome.succeeded()).isTrue();
    assertThat(outcome.logs()).isEmpty();
  }

  @Test
  void holderRenouncesTheirOwnRole() {
    chain.call(ADMIN, RolesCalls.grantRole(SHOP_ROLE, ALICE));

    Outcome outcome = chain.call(ALICE, RolesCalls.renounceRole(SHOP_ROLE, ALICE));

    assertThat(outcome.succeeded()).isTrue();
    assertThat(outcome.logs())
        .containsExactly(
            new LogEntry(
                ROLES, List.of(ROLE_REVOKED, SHOP_ROLE, Word.of(ALICE), Word.of(ALICE)), "0x"));
    assertThat(chain.hasRole(SHOP_ROLE, ALICE)).isFalse();
  }

  @Test
  void renouncingForSomeoneElseRevertsWithBadConfirmation() {
    chain.call(ADMIN, RolesCalls.grantRole(SHOP_ROLE, ALICE));

    Outcome outcome = chain.call(BOB, RolesCalls.renounceRole(SHOP_ROLE, ALICE));

    assertThat(Numeric.toHexString(outcome.result().data())).isEqualTo("0x6697b232");
    assertThat(chain.hasRole(SHOP_ROLE, ALICE)).isTrue();
  }

  @Test
  void roleAdminDefaultsToDefaultAdminAndCanBeChangedByAnAdmin() {
    assertThat(RolesCalls.decodeBytes32(chain.view(RolesCalls.getRoleAdmin(MEMBER_ROLE))))
        .isEqualTo(DEFAULT_ADMIN_ROLE);

    Outcome outcome = chain.call(ADMIN, RolesCalls.setRoleAdmin(MEMBER_ROLE, SHOP_ROLE));

    assertThat(outcome.logs())
        .containsExactly(
            new LogEntry(
                ROLES,
                List.of(ROLE_ADMIN_CHANGED, MEMBER_ROLE, DEFAULT_ADMIN_ROLE, SHOP_ROLE),
                "0x"));
    assertThat(RolesCalls.decodeBytes32(chain.view(RolesCalls.getRoleAdmin(MEMBER_ROLE))))
        .isEqualTo(SHOP_ROLE);
    chain.call(ADMIN, RolesCalls.grantRole(SHOP_ROLE, ALICE));
    assertThat(chain.call(ALICE, RolesCalls.grantRole(MEMBER_ROLE, BOB)).succeeded()).isTrue();
    assertThat(chain.call(BOB, RolesCalls.grantRole(MEMBER_ROLE, ALICE)).succeeded()).isFalse();
  }

  @Test
  void defaultAdminsMayAlwaysGrantAndRevokeEvenWhereAnotherRoleIsAdmin() {
    chain.call(ADMIN, RolesCalls.setRoleAdmin(MEMBER_ROLE, SHOP_ROLE));

    assertThat(chain.call(ADMIN, RolesCalls.grantRole(MEMBER_ROLE, ALICE)).succeeded()).isTrue();
    assertThat(chain.call(ADMIN, RolesCalls.revokeRole(MEMBER_ROLE, ALICE)).succeeded()).isTrue();
  }

  @Test
  void onlyDefaultAdminsMayChangeARolesAdmin() {
    Outcome outcome = chain.call(ALICE, RolesCalls.setRoleAdmin(MEMBER_ROLE, SHOP_ROLE));

    assertThat(outcome.result().data())
        .isEqualTo(
            RolesErrors.UNAUTHORIZED_ACCOUNT.encode(
                AbiCalls.addr(ALICE), AbiCalls.b32(DEFAULT_ADMIN_ROLE)));
  }

  @Test
  void getRoleMemberPastTheEndPanicsWithArrayOutOfBounds() {
    Outcome outcome = chain.host.staticCall(ALICE, ROLES, RolesCalls.getRoleMember(SHOP_ROLE, 0));

    assertThat(Numeric.toHexString(outcome.result().data()))
        .isEqualTo(
            "0x4e487b71" + "0000000000000000000000000000000000000000000000000000000000000032");
  }

  @Test
  void roleConstantsAreKeccakOfTheirNamesAndDefaultAdminIsZero() {
    assertThat(RolesCalls.decodeBytes32(chain.view(RolesCalls.constant("DEFAULT_ADMIN_ROLE"))))
        .isEqualTo(Word.ZERO);
    for (String name :
        List.of(
            "BRAND_ROLE",
            "SHOP_ROLE",
            "FARM_ROLE",
            "AUDITOR_ROLE",
            "INSPECTOR_ROLE",
            "MEMBER_ROLE")) {
      assertThat(RolesCalls.decodeBytes32(chain.view(RolesCalls.constant(name))))
          .as(name)
          .isEqualTo(Word.keccak(name));
    }
    assertThat(MEMBER_ROLE)
        .isEqualTo(
            Word.fromHex("0x829b824e2329e205435d941c9f13baf578548505283d29261236d8e6596d4636"));
  }

  @Test
  void supportsErc165AccessControlAndEnumerableInterfaces() {
    for (String id : List.of("0x01ffc9a7", "0x7965db0b", "0x5a05180f")) {
      assertThat(RolesCalls.decodeBool(chain.view(RolesCalls.supportsInterface(id))))
          .as(id)
          .isTrue();
    }
    assertThat(RolesCalls.decodeBool(chain.view(RolesCalls.supportsInterface("0xffffffff"))))
        .isFalse();
  }

  @Test
  void writesInAStaticCallFailAndChangeNothing() {
    var before = chain.host.world().storageOf(ROLES);

    Outcome outcome = chain.host.staticCall(ADMIN, ROLES, RolesCalls.grantRole(SHOP_ROLE, ALICE));

    assertThat(outcome.succeeded()).isFalse();
    assertThat(outcome.result().data())
        .isEqualTo(
            StandardErrors.WRITE_IN_STATIC_CALL.encode(
                new Bytes4(Numeric.hexStringToByteArray("0x2f2ff15d"))));
    assertThat(chain.host.world().storageOf(ROLES)).isEqualTo(before);
  }

  @Test
  void shortOrGarbledCalldataRevertsWithMalformedCalldata() {
    byte[] truncated = Arrays.copyOf(RolesCalls.grantRole(SHOP_ROLE, ALICE), 40);
    byte[] dirtyAddress = RolesCalls.hasRole(SHOP_ROLE, ALICE);
    dirtyAddress[4 + 32] = 1;

    for (byte[] input : List.of(truncated, dirtyAddress, new byte[] {0x2f, 0x2f})) {
      Outcome outcome = chain.call(ADMIN, input);
      assertThat(Numeric.toHexString(outcome.result().data()))
          .isEqualTo(Selector.of("MalformedCalldata()").toHex());
    }
  }

  @Test
  void unknownSelectorRevertsNamingTheSelector() {
    Outcome outcome = chain.call(ADMIN, Numeric.hexStringToByteArray("0xdeadbeef"));

    assertThat(Numeric.toHexString(outcome.result().data()))
        .isEqualTo(
            Selector.of("UnknownSelector(bytes4)").toHex()
                + "deadbeef00000000000000000000000000000000000000000000000000000000");
  }

  @Test
  void runningOutOfGasFailsTheCallAndLeavesNoTrace() {
    var before = chain.host.world().storageOf(ROLES);

    Outcome outcome =
        chain.host.run(
            ADMIN, ROLES, RolesCalls.grantRole(SHOP_ROLE, ALICE), BigInteger.ZERO, false, 20_000);

    assertThat(outcome.failure()).startsWith("out of gas");
    assertThat(chain.host.world().storageOf(ROLES)).isEqualTo(before);
    assertThat(chain.host.world().logs()).isEmpty();
  }

  @Test
  void valueSentToANonPayableFunctionReverts() {
    Outcome outcome =
        chain.host.run(
            ADMIN, ROLES, RolesCalls.grantRole(SHOP_ROLE, ALICE), BigInteger.TEN, false, 1_000_000);

    assertThat(outcome.result().data())
        .isEqualTo(StandardErrors.NOT_PAYABLE.encode(new Uint256(10)));
    assertThat(chain.hasRole(SHOP_ROLE, ALICE)).isFalse();
  }

  @Test
  void storageMatchesOpenZeppelinSlots() {
    chain.call(ADMIN, RolesCalls.grantRole(SHOP_ROLE, ALICE));
    var storage = chain.host.world().storageOf(ROLES);

    Word roleData = Word.keccak(concat(SHOP_ROLE, Word.of(0)));
    Word set = Word.keccak(concat(SHOP_ROLE, Word.of(1)));
    assertThat(storage.get(Word.keccak(concat(Word.of(ALICE), roleData)))).isEqualTo(Word.of(1));
    assertThat(storage.get(set)).isEqualTo(Word.of(1));
    assertThat(storage.get(Word.keccak(set.bytes()))).isEqualTo(Word.of(ALICE));
    assertThat(storage.get(Word.keccak(concat(Word.of(ALICE), set.plus(1))))).isEqualTo(Word.of(1));
    assertThat(storage.get(Word.keccak(concat(Word.of(ALICE), Word.of(2))))).isEqualTo(Word.of(1));
  }

  private static byte[] concat(Word a, Word b) {
    return Numeric.hexStringToByteArray(a.toHex() + b.toHex().substring(2));
  }
}
