package io.coterie.chaincode.provenance;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.bytes32;
import static io.coterie.chaincode.abi.AbiValues.string;
import static io.coterie.chaincode.provenance.GtinRulesFixture.BRAND;
import static io.coterie.chaincode.provenance.GtinRulesFixture.FARM;
import static io.coterie.chaincode.provenance.GtinRulesFixture.OTHER_FARM;
import static io.coterie.chaincode.provenance.GtinRulesFixture.SHOP;
import static io.coterie.chaincode.provenance.GtinRulesFixture.lotId;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.gtin.GtinCalls;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.TestHost.Outcome;
import org.junit.jupiter.api.Test;

/**
 * Provenance version 1 lets any farm create lots under any GTIN; version 2 only under GTINs the
 * GTIN registry gives the caller, for commissioning and transformation outputs alike.
 */
class ProvenanceVersionsTest {
  private static final String PREFIX = "0614141";
  private static final String LETTUCE = "10614141000019";
  private static final String SALAD = "10614141000033";
  private static final String OTHER_BRANDS = GtinCalls.gtin("0", "4012345", "00001");

  @Test
  void version1LetsAnyFarmCommissionAnotherBrandsGtin() {
    GtinRulesFixture v1 = new GtinRulesFixture(1);
    v1.registerPrefix(PREFIX, FARM);

    Outcome squatted = v1.commission(OTHER_FARM, LETTUCE, "L-1");

    assertThat(GtinRulesFixture.creators(squatted)).containsExactly(OTHER_FARM);
  }

  @Test
  void version2RefusesAGtinOwnedBySomeoneElseNamingTheKeyAndItsOwner() {
    GtinRulesFixture v2 = new GtinRulesFixture(2);
    v2.registerPrefix(PREFIX, FARM);

    Outcome squatted = v2.commission(OTHER_FARM, LETTUCE, "L-1");

    assertThat(squatted.result().data())
        .isEqualTo(
            ProvenanceErrors.GTIN_OWNED_BY_OTHER.encode(
                string(LETTUCE), string(PREFIX), address(FARM), address(OTHER_FARM)));
    assertThat(GtinRulesFixture.creators(v2.commission(FARM, LETTUCE, "L-1")))
        .containsExactly(FARM);
  }

  @Test
  void version2RefusesAGtinNoBindingCovers() {
    GtinRulesFixture v2 = new GtinRulesFixture(2);

    Outcome unregistered = v2.commission(FARM, OTHER_BRANDS, "X-1");

    assertThat(unregistered.result().data())
        .isEqualTo(ProvenanceErrors.GTIN_NOT_REGISTERED.encode(string(OTHER_BRANDS)));
  }

  @Test
  void version2LetsABrandCommissionItsOwnGtinsButStillNeedsAFarmOrBrandRole() {
    GtinRulesFixture v2 = new GtinRulesFixture(2);
    v2.registerPrefix(PREFIX, BRAND);
    v2.registerGtin(SALAD, SHOP);

    assertThat(GtinRulesFixture.creators(v2.commission(BRAND, LETTUCE, "B-1")))
        .containsExactly(BRAND);
    assertThat(v2.commission(SHOP, SALAD, "S-1").result().data())
        .isEqualTo(
            ProvenanceErrors.UNAUTHORIZED_ACCOUNT.encode(
                address(SHOP), bytes32(StandardRoles.FARM_ROLE)));
  }

  @Test
  void version2TransformsOnlyIntoOutputGtinsTheCallerOwns() {
    GtinRulesFixture v2 = new GtinRulesFixture(2);
    v2.registerPrefix(PREFIX, FARM);
    v2.registerGtin(SALAD, BRAND);
    Word harvest = lotId(v2.commission(FARM, LETTUCE, "H-1"));

    Outcome intoBrands = v2.transform(FARM, harvest, SALAD, "P-1");
    Outcome intoOwn = v2.transform(FARM, harvest, GtinCalls.gtin("1", PREFIX, "00004"), "P-1");

    assertThat(intoBrands.result().data())
        .isEqualTo(
            ProvenanceErrors.GTIN_OWNED_BY_OTHER.encode(
                string(SALAD), string(SALAD), address(BRAND), address(FARM)));
    assertThat(GtinRulesFixture.creators(intoOwn)).containsExactly(FARM);
  }

  @Test
  void version2CostsOnlyTheRegistryReadsMoreThanVersion1() {
    GtinRulesFixture v1 = new GtinRulesFixture(1);
    GtinRulesFixture v2 = new GtinRulesFixture(2);
    v1.registerPrefix(PREFIX, FARM);
    v2.registerPrefix(PREFIX, FARM);

    long gas1 = v1.commission(FARM, LETTUCE, "L-1").gasUsed();
    long gas2 = v2.commission(FARM, LETTUCE, "L-1").gasUsed();

    // the exact GTIN, then prefixes of 12 down to 7 digits: seven reads
    assertThat(gas2 - gas1).isEqualTo(7 * 2_100);
  }
}
