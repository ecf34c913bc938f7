package io.coterie.chaincode.noderules;

import io.coterie.chaincode.spi.Precompile;
import io.coterie.chaincode.spi.PrecompileModule;
import io.coterie.chaincode.spi.ServiceRegistry;
import java.util.List;

/** Provides the NodeRules precompile and publishes {@link NodeRulesReader}. */
public final class NodeRulesModule implements PrecompileModule {
  private final NodeRulesPrecompile precompile = new NodeRulesPrecompile();

  @Override
  public String name() {
    return "noderules";
  }

  @Override
  public void register(ServiceRegistry registry) {
    registry.add(NodeRulesReader.class, new NodeRulesReader());
  }

  @Override
  public void start() {}

  @Override
  public void stop() {}

  @Override
  public List<Precompile> precompiles() {
    return List.of(precompile);
  }
}
