package io.coterie.node.compat;

import io.coterie.node.support.NodeScript;
import io.coterie.node.support.TestNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ethr-did-resolver and ethr-did from npm, unmodified, against a devnet node: a member's
 * did:ethr:0x539 DID resolves from the identity registry at 0x…1007 and ethr-did changes its
 * attributes, delegates and owner, directly and through a relayer
 * (scripts/compat/ethr-did-check.mjs).
 */
class EthrDidCompatibilityTest {
  @TempDir Path dataDir;

  @Test
  void ethrDidResolverResolvesAndEthrDidManagesADid() throws Exception {
    NodeScript compat = NodeScript.in("compat", "ethr-did-resolver");

    try (TestNode node = TestNode.devnet(dataDir)) {
      compat.runsToTheEnd(" passed, 0 failed", "ethr-did-check.mjs", node.httpUrl());
    }
  }
}
