package io.coterie.node.compat;

import io.coterie.node.support.NodeScript;
import io.coterie.node.support.TestNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The demo scenarios of scripts/demo (ethers.js v6, ethr-did-resolver and ethr-did from npm,
 * unmodified) run one after the other against one devnet node, as an operator would run them on one
 * devnet.
 */
class DemoScenariosTest {
  @TempDir static Path dataDir;
  private static NodeScript demo;
  private static TestNode node;

  @BeforeAll
  static void start() {
    demo = NodeScript.in("demo", "ethr-did-resolver");
    node = TestNode.devnet(dataDir);
  }

  @AfterAll
  static void stop() {
    if (node != null) {
      node.close();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"fashion", "beauty", "fresh-produce", "identity"})
  void scenarioRunsToTheEnd(String scenario) throws Exception {
    demo.runsToTheEnd("done, every step succeeded.", scenario + ".mjs", node.httpUrl());
  }
}
