package io.coterie.node.compat;

import io.coterie.node.support.NodeScript;
import io.coterie.node.support.TestNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ethers.js v6 from npm, unmodified, drives a devnet node: network, blocks, a value transfer, Roles
 * calls, events, queryFilter, revert decoding, permissioning and WebSocket newHeads
 * (scripts/compat).
 */
class EthersCompatibilityTest {
  @TempDir Path dataDir;

  @Test
  void ethersDrivesTheDevnet() throws Exception {
    NodeScript compat = NodeScript.in("compat", "ethers");

    try (TestNode node = TestNode.devnet(dataDir)) {
      compat.runsToTheEnd(" passed, 0 failed", "ethers-check.mjs", node.httpUrl(), node.wsUrl());
    }
  }
}
