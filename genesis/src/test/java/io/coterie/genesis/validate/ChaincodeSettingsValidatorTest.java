package io.coterie.genesis.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.genesis.devnet.DevnetSpec;
import io.coterie.genesis.spec.ChainSpec;
import io.coterie.genesis.spec.ChaincodeTransition;
import io.coterie.genesis.spec.GenesisAddress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules of config.coterie.transitions and config.coterie.gtinOwners. */
class ChaincodeSettingsValidatorTest {
  private static final GenesisAddress FARM = GenesisAddress.of("0x" + "fa".repeat(20));

  private final ChainSpec devnet = DevnetSpec.create(1, 1_000);

  /** Problems of a devnet without GTIN bindings and with {@code transitions}. */
  private static List<GenesisProblem> problems(List<ChaincodeTransition> transitions) {
    ChainSpec devnet = DevnetSpec.create(1, 1_000);
    return GenesisValidator.validate(
        devnet.toBuilder()
            .precompiles(devnet.precompiles().withGtinOwners(Map.of()))
            .transitions(transitions)
            .build());
  }

  private static ChaincodeTransition at(long block, String name, long version) {
    return ChaincodeTransition.at(block, Map.of(name, version));
  }

  private List<GenesisProblem> owners(Map<String, GenesisAddress> owners) {
    return GenesisValidator.validate(
        devnet.toBuilder().precompiles(devnet.precompiles().withGtinOwners(owners)).build());
  }

  @Test
  void theDevnetStartsOnTheNewestVersionsAndGivesTheFarmItsPrefix() {
    assertThat(devnet.transitions()).containsExactly(ChaincodeTransition.newestAtGenesis());
    assertThat(devnet.precompiles().gtinOwners())
        .containsEntry("0614141", DevnetSpec.accounts().get(2).address());
    assertThat(GenesisValidator.validate(devnet)).isEmpty();
  }

  @Test
  void upgradesAtIncreasingBlocksAreFine() {
    assertThat(
            problems(
                List.of(
                    at(0, "gtinregistry", 0),
                    at(100, "provenance", 2),
                    at(200, "gtinregistry", 1),
                    ChaincodeTransition.at(300, Map.of("loyalty", 2L, "dao", 2L)))))
        .isEmpty();
  }

  @Test
  void transitionsMustBeInIncreasingBlockOrder() {
    List<GenesisProblem> problems =
        problems(List.of(at(100, "provenance", 2), at(100, "loyalty", 2)));

    assertThat(problems)
        .extracting(GenesisProblem::path)
        .containsExactly("config.coterie.transitions[1].block");
    assertThat(problems.get(0).describe())
        .contains(
            "is 100, not after the previous transition's block 100", "increasing block order");
  }

  @Test
  void versionsOnlyGoUpAndATransitionThatChangesNothingIsAMistake() {
    List<GenesisProblem> problems =
        problems(List.of(at(10, "loyalty", 2), at(20, "loyalty", 1), at(30, "provenance", 1)));

    assertThat(problems)
        .extracting(GenesisProblem::path)
        .containsExactly(
            "config.coterie.transitions[1].precompiles.loyalty",
            "config.coterie.transitions[2].precompiles.provenance");
    assertThat(problems.get(0).describe())
        .contains("lowers 'loyalty' from version 2 (since block 10) to 1", "versions only go up");
    assertThat(problems.get(1).describe()).contains("keeps 'provenance' at version 1");
  }

  @Test
  void onlyTheBlockZeroTransitionMaySwitchAPrecompileOff() {
    assertThat(problems(List.of(at(0, "gtinregistry", 0)))).isEmpty();
    assertThat(problems(List.of(at(5, "gtinregistry", 0))))
        .extracting(GenesisProblem::message)
        .containsExactly("lowers 'gtinregistry' from version 1 (since block 0) to 0");
  }

  @Test
  void aTransitionNamesAtLeastOneWellFormedPrecompile() {
    List<GenesisProblem> problems =
        problems(
            List.of(
                ChaincodeTransition.at(10, Map.of()),
                ChaincodeTransition.at(20, Map.of("Provenance", 2L))));

    assertThat(problems)
        .extracting(GenesisProblem::path)
        .containsExactly(
            "config.coterie.transitions[0].precompiles",
            "config.coterie.transitions[1].precompiles.Provenance");
  }

  @Test
  void gtinOwnerKeysArePrefixesOrGtin14sAndTheFixSaysHowToWriteThem() {
    List<GenesisProblem> problems =
        owners(
            Map.of(
                "0614141", FARM,
                "10614141000018", FARM,
                "0614141000012", FARM,
                "06141", FARM,
                "4012345000009", GenesisAddress.ZERO));

    assertThat(problems)
        .extracting(GenesisProblem::describe)
        .containsExactlyInAnyOrder(
            "config.coterie.gtinOwners.10614141000018: has a wrong check digit: the GTIN-14"
                + " 1061414100001 ends in 9; write the company prefix GS1 assigned (for example"
                + " \"0614141\") or a whole GTIN-14",
            "config.coterie.gtinOwners.0614141000012: is neither a GS1 company prefix (6 to 12"
                + " digits) nor a GTIN-14 (14 digits); a GTIN-13 is padded to a GTIN-14 with a"
                + " leading zero: write \"00614141000012\"",
            "config.coterie.gtinOwners.06141: is neither a GS1 company prefix (6 to 12 digits)"
                + " nor a GTIN-14 (14 digits); write the company prefix GS1 assigned (for example"
                + " \"0614141\") or a whole GTIN-14",
            "config.coterie.gtinOwners.4012345000009: is neither a GS1 company prefix (6 to 12"
                + " digits) nor a GTIN-14 (14 digits); a GTIN-13 is padded to a GTIN-14 with a"
                + " leading zero: write \"04012345000009\"",
            "config.coterie.gtinOwners.4012345000009: binds the key to the zero address, which can"
                + " never commission a lot; write the address of the brand or farm that owns the"
                + " prefix");
  }

  @Test
  void bindingsNeedTheRegistryOnAtGenesis() {
    ChainSpec spec = devnet.toBuilder().transitions(List.of(at(0, "gtinregistry", 0))).build();

    assertThat(GenesisValidator.validate(spec))
        .extracting(GenesisProblem::path)
        .containsExactly("config.coterie.gtinOwners");
  }
}
