package io.coterie.chaincode.roles;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.TestHost;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** A test host with the Roles precompile and an admin granted at genesis. */
final class RolesFixture {
  static final ChainAddress ROLES = StandardRoles.ROLES_ADDRESS;
  static final ChainAddress ADMIN =
      ChainAddress.fromHex("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
  static final ChainAddress ALICE =
      ChainAddress.fromHex("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
  static final ChainAddress BOB =
      ChainAddress.fromHex("0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc");

  final TestHost host = new TestHost(List.of(new RolesPrecompile()));

  RolesFixture() {
    SortedMap<Word, List<ChainAddress>> members = new TreeMap<>();
    members.put(StandardRoles.DEFAULT_ADMIN_ROLE, List.of(ADMIN));
    host.world().putStorage(ROLES, RolesGenesis.initialStorage(members));
  }

  TestHost.Outcome call(ChainAddress from, byte[] input) {
    return host.call(from, ROLES, input);
  }

  byte[] view(byte[] input) {
    TestHost.Outcome outcome = host.staticCall(ALICE, ROLES, input);
    if (!outcome.succeeded()) {
      throw new AssertionError("view failed: " + outcome);
    }
    return outcome.result().data();
  }

  boolean hasRole(Word role, ChainAddress account) {
    return RolesCalls.decodeBool(view(RolesCalls.hasRole(role, account)));
  }

  List<ChainAddress> members(Word role) {
    return RolesCalls.decodeAddresses(view(RolesCalls.getRoleMembers(role)));
  }
}
