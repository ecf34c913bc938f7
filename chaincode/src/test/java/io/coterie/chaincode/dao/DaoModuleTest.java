package io.coterie.chaincode.dao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coterie.chaincode.spi.PrecompileDirectory;
import io.coterie.chaincode.spi.PrecompileLoader;
import io.coterie.chaincode.spi.PrecompileModule;
import io.coterie.chaincode.spi.ServiceRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The module is found by ServiceLoader, publishes its services and serves 0x…1003. */
class DaoModuleTest {

  @Test
  void loaderFindsTheGovernorAndPublishesTheVotingPowerRegistry() {
    List<PrecompileModule> modules = PrecompileLoader.load();
    ServiceRegistry registry = ServiceRegistry.create();
    modules.forEach(m -> m.register(registry));
    modules.forEach(PrecompileModule::start);

    assertThat(modules).extracting(PrecompileModule::name).contains("dao");
    assertThat(registry.find(VotingPowerSources.class)).isPresent();
    assertThat(registry.find(GovernorReader.class)).isPresent();
    assertThat(PrecompileDirectory.of(modules).find(GovernorPrecompile.ADDRESS))
        .get()
        .extracting(p -> p.name())
        .isEqualTo("dao-governor");
  }

  @Test
  void aSourceKindIsProvidedOnceAndFoundByKindAndId() {
    VotingPowerSources sources = new VotingPowerSources();
    sources.register(VotingSourceKind.POINTS_PROGRAM, TestVotingPower::new);

    assertThat(sources.find(new VotingSource(VotingSourceKind.POINTS_PROGRAM, 3))).isPresent();
    assertThat(sources.find(VotingSource.DEVNET_CARDS)).isEmpty();
    assertThatThrownBy(
            () -> sources.register(VotingSourceKind.POINTS_PROGRAM, TestVotingPower::new))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("POINTS_PROGRAM");
  }

  @Test
  void votingSourceTokensAreTheCollectionAndProgramAddresses() {
    assertThat(VotingSource.DEVNET_CARDS.token().toHex())
        .isEqualTo("0x0000000000000000000000000000000000003000");
    assertThat(new VotingSource(VotingSourceKind.POINTS_PROGRAM, 2).token().toHex())
        .isEqualTo("0x0000000000000000000000000000000000002002");
  }
}
