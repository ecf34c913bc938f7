package io.coterie.chaincode.roles;

import static io.coterie.chaincode.roles.RolesFixture.ALICE;
import static io.coterie.chaincode.roles.RolesFixture.BOB;
import static io.coterie.chaincode.roles.StandardRoles.DAO_GOVERNOR_ADDRESS;
import static io.coterie.chaincode.roles.StandardRoles.GOVERNANCE_ROLE;
import static io.coterie.chaincode.roles.StandardRoles.MEMBER_ROLE;
import static io.coterie.chaincode.roles.StandardRoles.ROLES_ADDRESS;
import static io.coterie.chaincode.roles.StandardRoles.SHOP_ROLE;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Precompile;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.AbiCalls;
import io.coterie.chaincode.support.TestHost;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RolesGenesisTest {
  /** Test stand-in for the DAO governor: forwards its input to the Roles precompile. */
  private static final Precompile FORWARDING_GOVERNOR =
      new Precompile() {
        @Override
        public String name() {
          return "test-governor";
        }

        @Override
        public boolean serves(ChainAddress address) {
          return DAO_GOVERNOR_ADDRESS.equals(address);
        }

        @Override
        public CallResult call(CallContext ctx, byte[] input) {
          return ctx.invoke(ROLES_ADDRESS, input);
        }
      };

  private final TestHost host = new TestHost(List.of(new RolesPrecompile(), FORWARDING_GOVERNOR));
  private final RolesReader reader = new RolesReader();

  @Test
  void genesisMembersHoldTheirRolesAndMayTransact() {
    SortedMap<Word, List<ChainAddress>> members = new TreeMap<>();
    members.put(SHOP_ROLE, List.of(ALICE, BOB, ALICE));
    host.world().putStorage(ROLES_ADDRESS, RolesGenesis.initialStorage(members));

    assertThat(reader.members(host.world(), SHOP_ROLE)).containsExactly(ALICE, BOB);
    assertThat(reader.hasRole(host.world(), SHOP_ROLE, BOB)).isTrue();
    assertThat(reader.holdsAnyRole(host.world(), ALICE)).isTrue();
    assertThat(reader.holdsAnyRole(host.world(), ChainAddress.of(0xdead))).isFalse();
  }

  @Test
  void governorAdministersMembersThroughNestedCalls() {
    host.world()
        .putStorage(ROLES_ADDRESS, RolesGenesis.initialStorageWithGovernor(new TreeMap<>()));
    assertThat(reader.roleAdmin(host.world(), MEMBER_ROLE)).isEqualTo(GOVERNANCE_ROLE);
    assertThat(reader.hasRole(host.world(), GOVERNANCE_ROLE, DAO_GOVERNOR_ADDRESS)).isTrue();

    TestHost.Outcome viaGovernor =
        host.call(ALICE, DAO_GOVERNOR_ADDRESS, RolesCalls.grantRole(MEMBER_ROLE, BOB));
    TestHost.Outcome direct =
        host.call(ALICE, ROLES_ADDRESS, RolesCalls.grantRole(MEMBER_ROLE, ALICE));

    assertThat(viaGovernor.succeeded()).isTrue();
    assertThat(viaGovernor.logs().get(0).topics())
        .containsExactly(
            RolesEvents.ROLE_GRANTED.topic0(),
            MEMBER_ROLE,
            Word.of(BOB),
            Word.of(DAO_GOVERNOR_ADDRESS));
    assertThat(reader.hasRole(host.world(), MEMBER_ROLE, BOB)).isTrue();
    assertThat(direct.result().data())
        .isEqualTo(
            RolesErrors.UNAUTHORIZED_ACCOUNT.encode(
                AbiCalls.addr(ALICE), AbiCalls.b32(GOVERNANCE_ROLE)));
  }

  @Test
  void genesisOmitsZeroSlotsAndIsIndependentOfInsertionOrder() {
    SortedMap<Word, List<ChainAddress>> a = new TreeMap<>();
    a.put(SHOP_ROLE, List.of(ALICE));
    a.put(MEMBER_ROLE, List.of(BOB));
    SortedMap<Word, List<ChainAddress>> b = new TreeMap<>();
    b.put(MEMBER_ROLE, List.of(BOB));
    b.put(SHOP_ROLE, List.of(ALICE));

    SortedMap<Word, Word> storage = RolesGenesis.initialStorage(a);

    assertThat(storage).isEqualTo(RolesGenesis.initialStorage(b));
    assertThat(storage.values()).noneMatch(Word::isZero);
  }
}
