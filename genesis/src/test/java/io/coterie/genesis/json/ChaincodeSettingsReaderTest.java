package io.coterie.genesis.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.genesis.devnet.DevnetSpec;
import io.coterie.genesis.spec.ChainSpec;
import io.coterie.genesis.spec.ChaincodeTransition;
import io.coterie.genesis.spec.GenesisAddress;
import io.coterie.genesis.validate.GenesisProblem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** config.coterie.transitions and config.coterie.gtinOwners, read and written. */
class ChaincodeSettingsReaderTest {
  private static final String FARM = "0x" + "fa".repeat(20);

  private static String genesis(String coterie) {
    return """
        {"config": {"chainId": 7, "qbft": {"blockperiodseconds": 1},
                    "coterie": {"accountPermissioning": false, %s}},
         "gasLimit": "0x5f5e100", "validators": ["0x%s"]}
        """
        .formatted(coterie, "11".repeat(20));
  }

  private static ChainSpec parsed(String json) {
    GenesisReadResult result = GenesisReader.parse(json);
    assertThat(result).isInstanceOf(GenesisReadResult.Parsed.class);
    return ((GenesisReadResult.Parsed) result).spec();
  }

  private static List<String> problems(String json) {
    GenesisReadResult result = GenesisReader.parse(json);
    assertThat(result).isInstanceOf(GenesisReadResult.Unreadable.class);
    return ((GenesisReadResult.Unreadable) result)
        .problems().stream().map(GenesisProblem::describe).toList();
  }

  @Test
  void readsTransitionsInFileOrderAndGtinOwners() {
    ChainSpec spec =
        parsed(
            genesis(
                """
                "transitions": [{"block": 0, "precompiles": {"gtinregistry": 0}},
                                {"block": "0x64", "precompiles": {"provenance": 2, "loyalty": 2}}],
                "gtinOwners": {"0614141": "%s"}"""
                    .formatted(FARM)));

    assertThat(spec.transitions())
        .containsExactly(
            ChaincodeTransition.at(0, Map.of("gtinregistry", 0L)),
            ChaincodeTransition.at(100, Map.of("provenance", 2L, "loyalty", 2L)));
    assertThat(spec.precompiles().gtinOwners()).containsEntry("0614141", GenesisAddress.of(FARM));
  }

  @Test
  void badShapesAreReportedWithTheirPaths() {
    List<String> problems =
        problems(
            genesis(
                """
                "transitions": [{"block": -1, "precompiles": {"provenance": "two"}},
                                {"precompiles": {}, "height": 3}, 5],
                "gtinOwners": {"0614141": "farm"}"""));

    assertThat(problems)
        .anyMatch(p -> p.startsWith("config.coterie.transitions[0].block: '-1'"))
        .anyMatch(p -> p.startsWith("config.coterie.transitions[0].precompiles.provenance: 'two'"))
        .anyMatch(p -> p.startsWith("config.coterie.transitions[1].height: is not a setting"))
        .anyMatch(p -> p.startsWith("config.coterie.transitions[1].block: missing"))
        .anyMatch(p -> p.startsWith("config.coterie.transitions[2]: must be a JSON object"))
        .anyMatch(p -> p.startsWith("config.coterie.gtinOwners.0614141: 'farm' is not an address"));
  }

  @Test
  void transitionsMustBeAnArray() {
    assertThat(problems(genesis("\"transitions\": {\"block\": 1}")))
        .containsExactly(
            "config.coterie.transitions: must be an array of transitions; write \"transitions\": "
                + ChaincodeSettingsReader.TRANSITION_EXAMPLE);
  }

  @Test
  void theDevnetsTransitionsAndBindingsSurviveWriteAndRead() {
    ChainSpec devnet =
        DevnetSpec.create(1, 1_000).toBuilder()
            .transitions(
                List.of(
                    ChaincodeTransition.at(0, Map.of("loyalty", 2L)),
                    ChaincodeTransition.at(50, Map.of("provenance", 2L))))
            .build();

    String json = GenesisWriter.write(devnet);

    assertThat(json).contains("\"gtinOwners\"", "\"transitions\"", "\"block\" : 50");
    assertThat(GenesisReader.parse(json)).isEqualTo(new GenesisReadResult.Parsed(devnet));
  }
}
