package io.coterie.chaincode.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coterie.chaincode.provenance.ProvenancePrecompile;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Which (module, version) serves each height, over the real modules on the class path. */
class VersionedPrecompilesTest {
  private static final ChainAddress PROVENANCE = ChainAddress.of(0x1004);
  private static final ChainAddress GTIN_REGISTRY = ChainAddress.of(0x1009);

  private final List<PrecompileModule> modules = started();

  private static List<PrecompileModule> started() {
    List<PrecompileModule> modules = PrecompileLoader.load();
    ServiceRegistry registry = ServiceRegistry.create();
    modules.forEach(m -> m.register(registry));
    modules.forEach(PrecompileModule::start);
    return modules;
  }

  private static VersionTransition at(long block, String name, int version) {
    return new VersionTransition(block, new TreeMap<>(Map.of(name, version)));
  }

  private static int provenanceVersion(PrecompileDirectory directory) {
    return ((ProvenancePrecompile) directory.find(PROVENANCE).orElseThrow()).version();
  }

  @Test
  void theBinaryCarriesProvenanceAndLoyaltyUpToVersion2AndEverythingElseAtVersion1() {
    Map<String, Integer> latest = new TreeMap<>();
    modules.forEach(m -> latest.put(m.name(), m.latestVersion()));

    assertThat(latest)
        .containsEntry("provenance", 2)
        .containsEntry("loyalty", 2)
        .containsEntry("roles", 1)
        .containsEntry("gtinregistry", 1);
  }

  @Test
  void withoutTransitionsEveryModuleRunsVersion1AtEveryHeight() {
    VersionedPrecompiles schedule = VersionedPrecompiles.original(modules);

    assertThat(schedule.versionsAt(0)).allSatisfy((name, version) -> assertThat(version).isOne());
    assertThat(provenanceVersion(schedule.at(1_000_000))).isEqualTo(1);
  }

  @Test
  void aBlockExecutesWithTheVersionsItsHeightActivates() {
    VersionedPrecompiles schedule =
        VersionedPrecompiles.of(modules, List.of(at(5, "provenance", 2), at(10, "loyalty", 2)));

    assertThat(provenanceVersion(schedule.at(4))).isEqualTo(1);
    assertThat(provenanceVersion(schedule.at(5))).isEqualTo(2);
    assertThat(schedule.versionsAt(9)).containsEntry("provenance", 2).containsEntry("loyalty", 1);
    assertThat(schedule.versionsAt(10)).containsEntry("provenance", 2).containsEntry("loyalty", 2);
    assertThat(schedule.schedule()).containsOnlyKeys(0L, 5L, 10L);
  }

  @Test
  void versionZeroKeepsAModuleSwitchedOffUntilALaterTransition() {
    VersionedPrecompiles schedule =
        VersionedPrecompiles.of(
            modules, List.of(at(0, "gtinregistry", 0), at(7, "gtinregistry", 1)));

    assertThat(schedule.at(6).find(GTIN_REGISTRY)).isEmpty();
    assertThat(schedule.at(7).find(GTIN_REGISTRY)).isPresent();
    assertThat(schedule.servesAtSomeHeight(GTIN_REGISTRY)).isTrue();
    assertThat(schedule.servesAtSomeHeight(ChainAddress.of(0x100f))).isFalse();
  }

  @Test
  void aVersionTheBinaryLacksIsRefusedNamingItAndSayingToUpgrade() {
    assertThatThrownBy(() -> VersionedPrecompiles.of(modules, List.of(at(100, "provenance", 3))))
        .isInstanceOf(ChaincodeVersionUnavailable.class)
        .hasMessageContaining("block 100")
        .hasMessageContaining("'provenance' version 3")
        .hasMessageContaining("versions 1 to 2")
        .hasMessageContaining("upgrade the node");
  }

  @Test
  void aModuleTheBinaryLacksIsRefusedListingTheModulesItHas() {
    ChaincodeVersionUnavailable refused =
        org.junit.jupiter.api.Assertions.assertThrows(
            ChaincodeVersionUnavailable.class,
            () -> VersionedPrecompiles.of(modules, List.of(at(3, "loyalti", 2))));

    assertThat(refused.problems()).hasSize(1);
    assertThat(refused.getMessage())
        .contains("no chaincode module 'loyalti'")
        .contains("consent, dao, did, gtinregistry, loyalty")
        .contains("upgrade");
  }

  @Test
  void transitionsMustComeInIncreasingBlockOrder() {
    assertThatThrownBy(
            () ->
                VersionedPrecompiles.of(
                    modules, List.of(at(10, "loyalty", 2), at(10, "provenance", 2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("increasing block order");
  }
}
