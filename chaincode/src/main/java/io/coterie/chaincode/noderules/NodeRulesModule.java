package io.coterie.chaincode.noderules;

import io.coterie.chaincode.spi.SinglePrecompileModule;

/** Provides the NodeRules precompile and publishes {@link NodeRulesReader}. */
public final class NodeRulesModule extends SinglePrecompileModule {
  public NodeRulesModule() {
    super(
        "noderules",
        new NodeRulesPrecompile(),
        registry -> registry.add(NodeRulesReader.class, new NodeRulesReader()));
  }
}
