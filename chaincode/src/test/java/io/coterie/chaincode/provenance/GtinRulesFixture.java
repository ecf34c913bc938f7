package io.coterie.chaincode.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.gtin.GtinCalls;
import io.coterie.chaincode.gtin.GtinRegistryLayout;
import io.coterie.chaincode.gtin.GtinRegistryPrecompile;
import io.coterie.chaincode.roles.RolesGenesis;
import io.coterie.chaincode.roles.RolesPrecompile;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.TestHost;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A test host with Roles, the GTIN registry and Provenance at a given version: an admin, two farms,
 * a brand, a shop and a stranger.
 */
final class GtinRulesFixture {
  static final ChainAddress PROVENANCE = ProvenanceLayout.ADDRESS;
  static final ChainAddress REGISTRY = GtinRegistryLayout.ADDRESS;
  static final ChainAddress ADMIN = ChainAddress.of(0xad);
  static final ChainAddress FARM = ChainAddress.of(0xfa);
  static final ChainAddress OTHER_FARM = ChainAddress.of(0xfb);
  static final ChainAddress BRAND = ChainAddress.of(0xb1);
  static final ChainAddress SHOP = ChainAddress.of(0x5b);
  static final ChainAddress STRANGER = ChainAddress.of(0x5);
  static final long NOW = 1_700_000_000L;

  final TestHost host;

  GtinRulesFixture(int provenanceVersion) {
    host =
        new TestHost(
            List.of(
                new RolesPrecompile(),
                new GtinRegistryPrecompile(),
                ProvenancePrecompile.ofVersion(provenanceVersion)));
    SortedMap<Word, List<ChainAddress>> members = new TreeMap<>();
    members.put(StandardRoles.DEFAULT_ADMIN_ROLE, List.of(ADMIN));
    members.put(StandardRoles.FARM_ROLE, List.of(FARM, OTHER_FARM));
    members.put(StandardRoles.BRAND_ROLE, List.of(BRAND));
    members.put(StandardRoles.SHOP_ROLE, List.of(SHOP));
    host.world().putStorage(StandardRoles.ROLES_ADDRESS, RolesGenesis.initialStorage(members));
  }

  TestHost.Outcome commission(ChainAddress by, String gtin, String lot) {
    return host.call(
        by,
        PROVENANCE,
        ProvenanceCalls.commissionLot(
            gtin, lot, ProvenanceCalls.context(BizStep.COMMISSIONING, NOW)));
  }

  TestHost.Outcome transform(ChainAddress by, Word input, String gtin, String lot) {
    return host.call(
        by,
        PROVENANCE,
        ProvenanceCalls.transform(
            List.of(input),
            List.of(gtin),
            List.of(lot),
            ProvenanceCalls.context(BizStep.REPACKAGING, NOW)));
  }

  TestHost.Outcome registry(ChainAddress by, byte[] input) {
    return host.call(by, REGISTRY, input);
  }

  void registerPrefix(String prefix, ChainAddress owner) {
    assertThat(registry(ADMIN, GtinCalls.registerPrefix(prefix, owner)).succeeded()).isTrue();
  }

  void registerGtin(String gtin, ChainAddress owner) {
    assertThat(registry(ADMIN, GtinCalls.registerGtin(gtin, owner)).succeeded()).isTrue();
  }

  /** The lot id a successful commission returned. */
  static Word lotId(TestHost.Outcome commissioned) {
    assertThat(commissioned.succeeded()).as("%s", commissioned).isTrue();
    return Word.wrap(Arrays.copyOfRange(commissioned.result().data(), 0, 32));
  }

  /** The creators named by the LotCommissioned events of {@code outcome}. */
  static List<ChainAddress> creators(TestHost.Outcome outcome) {
    return outcome.logs().stream()
        .filter(l -> l.topics().get(0).equals(ProvenanceEvents.LOT_COMMISSIONED.topic0()))
        .map(l -> l.topics().get(2).toAddress())
        .toList();
  }
}
