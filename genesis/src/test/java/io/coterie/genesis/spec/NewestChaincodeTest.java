package io.coterie.genesis.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.spi.PrecompileLoader;
import io.coterie.chaincode.spi.PrecompileModule;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class NewestChaincodeTest {
  @Test
  void newChainsStartOnEveryVersionTheChaincodeOnTheClassPathCarries() {
    SortedMap<String, Long> newest = new TreeMap<>();
    for (PrecompileModule module : PrecompileLoader.load()) {
      if (module.latestVersion() > 1) {
        newest.put(module.name(), (long) module.latestVersion());
      }
    }

    assertThat(ChaincodeTransition.newestAtGenesis().precompiles()).isEqualTo(newest);
    assertThat(ChaincodeTransition.newestAtGenesis().block()).isZero();
  }
}
