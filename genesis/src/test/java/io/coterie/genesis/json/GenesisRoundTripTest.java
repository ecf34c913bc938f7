package io.coterie.genesis.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.genesis.devnet.DevnetSpec;
import io.coterie.genesis.spec.ChainSpec;
import io.coterie.genesis.spec.GenesisAddress;
import io.coterie.genesis.spec.PrecompileGenesis;
import io.coterie.genesis.spec.QbftParameters;
import io.coterie.genesis.spec.Vanity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenesisRoundTripTest {
  @Test
  void devnetSpecSurvivesWriteAndRead(@TempDir Path dir) throws Exception {
    ChainSpec spec = DevnetSpec.create(4, 1_000);
    Path file = dir.resolve("genesis.json");

    GenesisWriter.write(spec, file);

    assertThat(GenesisReader.readValid(file)).isEqualTo(spec);
  }

  @Test
  void subSecondPeriodsVanityAndPrecompileParamsSurvive() {
    ChainSpec spec =
        DevnetSpec.create(1, 250).toBuilder()
            .qbft(new QbftParameters(250, 1_500, 100, 10_000, 30_500))
            .extraVanity(Vanity.fromHex("0xc0de"))
            .nativeTransfers(false)
            .precompiles(
                new PrecompileGenesis(
                    new TreeMap<>(
                        Map.of(
                            "DEFAULT_ADMIN_ROLE",
                            List.of(GenesisAddress.of("0x" + "ab".repeat(20))))),
                    new TreeMap<>(Map.of("loyalty", new TreeMap<>(Map.of("maxPrograms", "64"))))))
            .build();

    String json = GenesisWriter.write(spec);

    assertThat(json)
        .contains("\"blockperiodmilliseconds\" : 250", "\"requesttimeoutmilliseconds\" : 1500");
    assertThat(GenesisReader.parse(json)).isEqualTo(new GenesisReadResult.Parsed(spec));
  }

  @Test
  void theGovernorExclusiveSwitchSurvives() {
    ChainSpec spec =
        DevnetSpec.create(1, 1_000).toBuilder()
            .precompiles(DevnetSpec.create(1, 1_000).precompiles().withGovernorExclusive(true))
            .build();

    String json = GenesisWriter.write(spec);

    assertThat(json).contains("\"governorExclusive\" : true");
    assertThat(GenesisReader.parse(json)).isEqualTo(new GenesisReadResult.Parsed(spec));
    assertThat(GenesisWriter.write(DevnetSpec.create(1, 1_000)))
        .doesNotContain("governorExclusive");
  }

  @Test
  void writesBesuStyleFields() {
    String json = GenesisWriter.write(DevnetSpec.create(1, 2_000));

    assertThat(json)
        .contains(
            "\"chainId\" : 1337",
            "\"londonBlock\" : 0",
            "\"blockperiodseconds\" : 2",
            "\"gasLimit\" : \"0x3b9aca00\"",
            "\"baseFeePerGas\" : \"0x0\"",
            "\"difficulty\" : \"0x1\"",
            "\"balance\" : \"0x21e19e0c9bab2400000\"");
  }
}
