package io.coterie.chaincode.gtin;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.roles.RolesGenesis;
import io.coterie.chaincode.roles.RolesPrecompile;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.TestHost;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** A test host with Roles and the GTIN registry: an admin, a brand, two farms, a stranger. */
final class GtinRegistryFixture {
  static final ChainAddress REGISTRY = GtinRegistryLayout.ADDRESS;
  static final ChainAddress ADMIN = ChainAddress.of(0xad);
  static final ChainAddress GOVERNOR = StandardRoles.DAO_GOVERNOR_ADDRESS;
  static final ChainAddress BRAND = ChainAddress.of(0xb1);
  static final ChainAddress FARM = ChainAddress.of(0xfa);
  static final ChainAddress PACKER = ChainAddress.of(0xfb);
  static final ChainAddress STRANGER = ChainAddress.of(0x5);

  final TestHost host = new TestHost(List.of(new RolesPrecompile(), new GtinRegistryPrecompile()));

  GtinRegistryFixture() {
    SortedMap<Word, List<ChainAddress>> members = new TreeMap<>();
    members.put(StandardRoles.DEFAULT_ADMIN_ROLE, List.of(ADMIN));
    members.put(StandardRoles.BRAND_ROLE, List.of(BRAND));
    members.put(StandardRoles.FARM_ROLE, List.of(FARM, PACKER));
    host.world().putStorage(StandardRoles.ROLES_ADDRESS, RolesGenesis.initialStorage(members));
  }

  TestHost.Outcome call(ChainAddress from, byte[] input) {
    return host.call(from, REGISTRY, input);
  }

  TestHost.Outcome ok(ChainAddress from, byte[] input) {
    TestHost.Outcome outcome = call(from, input);
    assertThat(outcome.succeeded()).as("call succeeds: %s", outcome).isTrue();
    return outcome;
  }

  byte[] view(byte[] input) {
    TestHost.Outcome outcome = host.staticCall(STRANGER, REGISTRY, input);
    assertThat(outcome.succeeded()).as("view succeeds: %s", outcome).isTrue();
    return outcome.result().data();
  }

  GtinBinding owner(String gtin) {
    return GtinCalls.decodeGtinOwner(view(GtinCalls.gtinOwner(gtin)));
  }
}
