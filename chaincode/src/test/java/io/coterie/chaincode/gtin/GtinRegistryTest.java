package io.coterie.chaincode.gtin;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.string;
import static io.coterie.chaincode.gtin.GtinRegistryFixture.ADMIN;
import static io.coterie.chaincode.gtin.GtinRegistryFixture.BRAND;
import static io.coterie.chaincode.gtin.GtinRegistryFixture.FARM;
import static io.coterie.chaincode.gtin.GtinRegistryFixture.GOVERNOR;
import static io.coterie.chaincode.gtin.GtinRegistryFixture.PACKER;
import static io.coterie.chaincode.gtin.GtinRegistryFixture.REGISTRY;
import static io.coterie.chaincode.gtin.GtinRegistryFixture.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.AbiCalls;
import io.coterie.chaincode.support.InMemoryWorld;
import io.coterie.chaincode.support.TestHost.Outcome;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class GtinRegistryTest {
  private static final String PREFIX = "0614141";
  private static final String LONGER = "06141412";
  private static final String LETTUCE = "10614141000019";
  private static final String SALAD = GtinCalls.gtin("1", "0614141", "23456");

  private final GtinRegistryFixture f = new GtinRegistryFixture();

  @Test
  void aGtinBelongsToTheOwnerOfTheLongestBoundPrefixItCarries() {
    f.ok(ADMIN, GtinCalls.registerPrefix("061414", STRANGER));
    f.ok(ADMIN, GtinCalls.registerPrefix(PREFIX, FARM));
    f.ok(ADMIN, GtinCalls.registerPrefix(LONGER, BRAND));

    assertThat(f.owner(LETTUCE)).isEqualTo(new GtinBinding(PREFIX, FARM));
    assertThat(f.owner(SALAD)).isEqualTo(new GtinBinding(LONGER, BRAND));
    assertThat(f.owner(GtinCalls.gtin("0", "0614149", "00001")))
        .isEqualTo(new GtinBinding("061414", STRANGER));
    assertThat(f.owner(GtinCalls.gtin("0", "4000001", "00001")))
        .isEqualTo(new GtinBinding("", ChainAddress.ZERO));
  }

  @Test
  void anExactGtinBindingComesBeforeItsPrefixSoABrandCanLendOneGtinToAPacker() {
    f.ok(ADMIN, GtinCalls.registerPrefix(PREFIX, BRAND));
    f.ok(ADMIN, GtinCalls.registerGtin(SALAD, PACKER));

    assertThat(f.owner(SALAD)).isEqualTo(new GtinBinding(SALAD, PACKER));
    assertThat(f.owner(LETTUCE)).isEqualTo(new GtinBinding(PREFIX, BRAND));
    assertThat(AbiCalls.address(f.view(GtinCalls.ownerOf(SALAD)))).isEqualTo(PACKER);
    assertThat(AbiCalls.address(f.view(GtinCalls.ownerOf("0614142")))).isEqualTo(ChainAddress.ZERO);
  }

  @Test
  void onlyAdministratorsAndTheGovernorRegisterAndRemove() {
    Outcome byBrand = f.call(BRAND, GtinCalls.registerPrefix(PREFIX, BRAND));
    assertThat(byBrand.result().data())
        .isEqualTo(GtinRegistryErrors.NOT_GTIN_REGISTRAR.encode(address(BRAND)));

    f.ok(GOVERNOR, GtinCalls.registerPrefix(PREFIX, FARM));
    Outcome removeByFarm = f.call(FARM, GtinCalls.removeBinding(PREFIX));
    assertThat(removeByFarm.result().data())
        .isEqualTo(GtinRegistryErrors.NOT_GTIN_REGISTRAR.encode(address(FARM)));

    f.ok(ADMIN, GtinCalls.removeBinding(PREFIX));
    assertThat(f.owner(LETTUCE)).isEqualTo(new GtinBinding("", ChainAddress.ZERO));
    assertThat(f.call(ADMIN, GtinCalls.removeBinding(PREFIX)).result().data())
        .isEqualTo(GtinRegistryErrors.NO_BINDING.encode(string(PREFIX)));
  }

  @Test
  void aBoundKeyIsNotRegisteredAgainButTransferredByItsOwnerOrAnAdministrator() {
    f.ok(ADMIN, GtinCalls.registerPrefix(PREFIX, FARM));

    assertThat(f.call(ADMIN, GtinCalls.registerPrefix(PREFIX, BRAND)).result().data())
        .isEqualTo(GtinRegistryErrors.BINDING_EXISTS.encode(string(PREFIX), address(FARM)));
    assertThat(f.call(STRANGER, GtinCalls.transferBinding(PREFIX, STRANGER)).result().data())
        .isEqualTo(
            GtinRegistryErrors.NOT_BINDING_OWNER.encode(
                string(PREFIX), address(STRANGER), address(FARM)));
    assertThat(f.call(FARM, GtinCalls.transferBinding(PREFIX, ChainAddress.ZERO)).result().data())
        .isEqualTo(GtinRegistryErrors.INVALID_OWNER.encode(address(ChainAddress.ZERO)));

    f.ok(FARM, GtinCalls.transferBinding(PREFIX, PACKER));
    assertThat(f.owner(LETTUCE).owner()).isEqualTo(PACKER);
    f.ok(ADMIN, GtinCalls.transferBinding(PREFIX, BRAND));
    assertThat(f.owner(LETTUCE).owner()).isEqualTo(BRAND);
    assertThat(f.call(BRAND, GtinCalls.transferBinding(SALAD, FARM)).result().data())
        .isEqualTo(GtinRegistryErrors.NO_BINDING.encode(string(SALAD)));
  }

  @Test
  void keysMustBeCompanyPrefixesOfSixToTwelveDigitsOrGtin14sWithTheirCheckDigit() {
    for (String bad : List.of("06141", "0614141000001", "061414A", "")) {
      assertThat(f.call(ADMIN, GtinCalls.registerPrefix(bad, FARM)).result().data())
          .as(bad)
          .isEqualTo(GtinRegistryErrors.INVALID_COMPANY_PREFIX.encode(string(bad)));
    }
    String wrongCheck = LETTUCE.substring(0, 13) + "8";
    for (String bad : List.of(wrongCheck, "0614141000005", "1061414100001X")) {
      assertThat(f.call(ADMIN, GtinCalls.registerGtin(bad, FARM)).result().data())
          .as(bad)
          .isEqualTo(GtinRegistryErrors.INVALID_GTIN.encode(string(bad)));
    }
    assertThat(f.call(STRANGER, GtinCalls.ownerOf(wrongCheck)).result().data())
        .isEqualTo(GtinRegistryErrors.INVALID_GTIN.encode(string(wrongCheck)));
    assertThat(f.call(STRANGER, GtinCalls.gtinOwner(PREFIX)).result().data())
        .isEqualTo(GtinRegistryErrors.INVALID_GTIN.encode(string(PREFIX)));
    assertThat(f.call(ADMIN, GtinCalls.registerPrefix(PREFIX, ChainAddress.ZERO)).result().data())
        .isEqualTo(GtinRegistryErrors.INVALID_OWNER.encode(address(ChainAddress.ZERO)));
  }

  @Test
  void everyChangeIsOneEventNamingTheKeyBothOwnersAndTheSender() {
    Outcome registered = f.ok(ADMIN, GtinCalls.registerPrefix(PREFIX, FARM));
    Outcome moved = f.ok(FARM, GtinCalls.transferBinding(PREFIX, BRAND));
    Outcome removed = f.ok(GOVERNOR, GtinCalls.removeBinding(PREFIX));

    assertThat(registered.logs()).containsExactly(changed(ChainAddress.ZERO, FARM, ADMIN));
    assertThat(moved.logs()).containsExactly(changed(FARM, BRAND, FARM));
    assertThat(removed.logs()).containsExactly(changed(BRAND, ChainAddress.ZERO, GOVERNOR));
  }

  @Test
  void gasIsDeterministicAndAsDocumented() {
    assertThat(f.ok(ADMIN, GtinCalls.registerPrefix(PREFIX, FARM)).gasUsed()).isEqualTo(31211);
    assertThat(f.ok(ADMIN, GtinCalls.registerGtin(SALAD, PACKER)).gasUsed()).isEqualTo(31211);
    assertThat(f.ok(FARM, GtinCalls.transferBinding(PREFIX, BRAND)).gasUsed()).isEqualTo(14111);
    assertThat(f.host.staticCall(STRANGER, REGISTRY, GtinCalls.ownerOf(PREFIX)).gasUsed())
        .isEqualTo(5700);
    assertThat(f.host.staticCall(STRANGER, REGISTRY, GtinCalls.gtinOwner(SALAD)).gasUsed())
        .isEqualTo(5700);
    assertThat(f.host.staticCall(STRANGER, REGISTRY, GtinCalls.gtinOwner(LETTUCE)).gasUsed())
        .isEqualTo(18300);
    String unbound = GtinCalls.gtin("0", "4000001", "00001");
    assertThat(f.host.staticCall(STRANGER, REGISTRY, GtinCalls.gtinOwner(unbound)).gasUsed())
        .isEqualTo(20400);
    assertThat(f.ok(ADMIN, GtinCalls.removeBinding(SALAD)).gasUsed()).isEqualTo(15699);
  }

  @Test
  void genesisStorageIsWhatRegisteringTheSameBindingsWrites() {
    f.ok(ADMIN, GtinCalls.registerPrefix(PREFIX, FARM));
    f.ok(ADMIN, GtinCalls.registerGtin(SALAD, PACKER));
    SortedMap<String, ChainAddress> owners = new TreeMap<>();
    owners.put(PREFIX, FARM);
    owners.put(SALAD, PACKER);

    assertThat(GtinRegistryGenesis.initialStorage(owners))
        .isEqualTo(f.host.world().storageOf(REGISTRY));
    assertThatThrownBy(
            () -> GtinRegistryGenesis.initialStorage(new TreeMap<>(java.util.Map.of("12", FARM))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("neither a company prefix nor a GTIN-14");
  }

  @Test
  void theCheckDigitIsGs1Mod10() {
    assertThat(Gs1CheckDigit.isValid("10614141000019")).isTrue();
    assertThat(Gs1CheckDigit.isValid("0614141000005")).isTrue();
    assertThat(Gs1CheckDigit.isValid("10614141000018")).isFalse();
    assertThat(GtinKey.candidatePrefixes(LETTUCE))
        .containsExactly(
            "061414100001",
            "06141410000",
            "0614141000",
            "061414100",
            "06141410",
            "0614141",
            "061414");
  }

  private static InMemoryWorld.LogEntry changed(
      ChainAddress previous, ChainAddress next, ChainAddress sender) {
    return new InMemoryWorld.LogEntry(
        REGISTRY,
        GtinRegistryEvents.BINDING_CHANGED.topics(
            Word.keccak(PREFIX), Word.of(previous), Word.of(next)),
        org.web3j.utils.Numeric.toHexString(
            GtinRegistryEvents.BINDING_CHANGED.data(string(PREFIX), address(sender))));
  }
}
