package io.coterie.chaincode.roles;

import static io.coterie.chaincode.roles.RolesFixture.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Enumeration, hasRole and role counts stay consistent over any sequence of changes. */
class RolesEnumerationTest {
  private static final List<Word> ROLES =
      List.of(StandardRoles.SHOP_ROLE, StandardRoles.FARM_ROLE, StandardRoles.MEMBER_ROLE);
  private static final List<ChainAddress> ACCOUNTS =
      List.of(
          ChainAddress.of(0xa1),
          ChainAddress.of(0xa2),
          ChainAddress.of(0xa3),
          ChainAddress.of(0xa4),
          ChainAddress.of(0xa5));

  enum Kind {
    GRANT,
    REVOKE,
    RENOUNCE
  }

  record Action(Kind kind, Word role, ChainAddress account) {}

  private static Gen<List<Action>> actions() {
    Gen<Action> action =
        Generate.enumValues(Kind.class)
            .zip(Generate.pick(ROLES), Generate.pick(ACCOUNTS), Action::new);
    return lists().of(action).ofSizeBetween(0, 40);
  }

  @Test
  void memberCountEqualsDistinctHoldersAfterAnySequence() {
    qt().withExamples(200)
        .withFixedSeed(Long.getLong("QT_SEED", 4242))
        .forAll(actions())
        .checkAssert(RolesEnumerationTest::memberCountEqualsDistinctHolders);
  }

  private static void memberCountEqualsDistinctHolders(List<Action> actions) {
    RolesFixture chain = new RolesFixture();
    SortedMap<Word, SortedSet<ChainAddress>> model = new TreeMap<>();
    ROLES.forEach(r -> model.put(r, new TreeSet<>()));

    for (Action a : actions) {
      switch (a.kind()) {
        case GRANT -> {
          assertThat(chain.call(ADMIN, RolesCalls.grantRole(a.role(), a.account())).succeeded())
              .isTrue();
          model.get(a.role()).add(a.account());
        }
        case REVOKE -> {
          assertThat(chain.call(ADMIN, RolesCalls.revokeRole(a.role(), a.account())).succeeded())
              .isTrue();
          model.get(a.role()).remove(a.account());
        }
        case RENOUNCE -> {
          assertThat(
                  chain
                      .call(a.account(), RolesCalls.renounceRole(a.role(), a.account()))
                      .succeeded())
              .isTrue();
          model.get(a.role()).remove(a.account());
        }
      }
    }

    RolesReader reader = new RolesReader();
    for (Word role : ROLES) {
      List<ChainAddress> members = chain.members(role);
      assertThat(RolesCalls.decodeUint(chain.view(RolesCalls.getRoleMemberCount(role))))
          .isEqualTo(BigInteger.valueOf(model.get(role).size()));
      assertThat(members)
          .doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(model.get(role));
      for (int i = 0; i < members.size(); i++) {
        assertThat(Word.wrap(chain.view(RolesCalls.getRoleMember(role, i))).toAddress())
            .isEqualTo(members.get(i));
      }
    }
    for (ChainAddress account : ACCOUNTS) {
      long held = ROLES.stream().filter(r -> model.get(r).contains(account)).count();
      assertThat(RolesCalls.decodeUint(chain.view(RolesCalls.getAccountRoleCount(account))))
          .isEqualTo(BigInteger.valueOf(held));
      assertThat(reader.holdsAnyRole(chain.host.world(), account)).isEqualTo(held > 0);
      for (Word role : ROLES) {
        assertThat(reader.hasRole(chain.host.world(), role, account))
            .isEqualTo(model.get(role).contains(account));
      }
    }
  }

  @Test
  void genesisStorageEqualsTheStorageGrantsWouldWrite() {
    qt().withExamples(100)
        .withFixedSeed(Long.getLong("QT_SEED", 4243))
        .forAll(actions())
        .checkAssert(RolesEnumerationTest::genesisStorageEqualsGrantedStorage);
  }

  private static void genesisStorageEqualsGrantedStorage(List<Action> actions) {
    RolesFixture chain = new RolesFixture();
    SortedMap<Word, List<ChainAddress>> members = new TreeMap<>();
    members.put(StandardRoles.DEFAULT_ADMIN_ROLE, List.of(ADMIN));
    for (Action a : actions) {
      chain.call(ADMIN, RolesCalls.grantRole(a.role(), a.account()));
    }
    // Genesis grants role by role in key order, so replay grants in the same order for equality.
    RolesFixture replay = new RolesFixture();
    SortedMap<Word, List<ChainAddress>> byRole = new TreeMap<>();
    for (Action a : actions) {
      byRole.computeIfAbsent(a.role(), r -> new java.util.ArrayList<>()).add(a.account());
    }
    byRole.forEach(
        (role, accounts) ->
            accounts.forEach(acc -> replay.call(ADMIN, RolesCalls.grantRole(role, acc))));
    members.putAll(byRole);

    assertThat(RolesGenesis.initialStorage(members))
        .isEqualTo(replay.host.world().storageOf(RolesFixture.ROLES));
  }
}
