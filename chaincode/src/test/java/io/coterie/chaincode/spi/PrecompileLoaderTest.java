package io.coterie.chaincode.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coterie.chaincode.roles.RolesReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrecompileLoaderTest {

  @Test
  void serviceLoaderFindsTheRolesModuleAndItsReader() {
    List<PrecompileModule> modules = PrecompileLoader.load();
    ServiceRegistry registry = ServiceRegistry.create();
    modules.forEach(m -> m.register(registry));
    modules.forEach(PrecompileModule::start);

    PrecompileDirectory directory = PrecompileDirectory.of(modules);

    assertThat(modules).extracting(PrecompileModule::name).contains("roles").isSorted();
    assertThat(registry.find(RolesReader.class)).isPresent();
    assertThat(directory.find(ChainAddress.of(0x1000)))
        .get()
        .extracting(Precompile::name)
        .isEqualTo("roles");
    assertThat(directory.find(ChainAddress.of(0x1fff))).isEmpty();
  }

  @Test
  void aServiceTypeIsRegisteredOnce() {
    ServiceRegistry registry = ServiceRegistry.create();
    registry.add(String.class, "first");

    assertThatThrownBy(() -> registry.add(String.class, "second"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already registered");
    assertThat(registry.find(String.class)).hasValue("first");
    assertThat(registry.find(Integer.class)).isEmpty();
  }
}
