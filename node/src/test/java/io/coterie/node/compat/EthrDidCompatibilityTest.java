package io.coterie.node.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.node.support.TestNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ethr-did-resolver and ethr-did from npm, unmodified, against a devnet node: a member's
 * did:ethr:0x539 DID resolves from the identity registry at 0x…1007 and ethr-did changes its
 * attributes, delegates and owner, directly and through a relayer
 * (scripts/compat/ethr-did-check.mjs).
 */
class EthrDidCompatibilityTest {
  private static final Path COMPAT =
      Path.of("..", "scripts", "compat").toAbsolutePath().normalize();

  @TempDir Path dataDir;

  @Test
  void ethrDidResolverResolvesAndEthrDidManagesADid() throws Exception {
    assertThat(Files.isDirectory(COMPAT.resolve("node_modules/ethr-did-resolver")))
        .as(
            "scripts/compat/node_modules/ethr-did-resolver, which the build installs at"
                + " generate-test-resources (scripts/npm-packages.sh); run the tests through mvn,"
                + " or that script first")
        .isTrue();

    try (TestNode node = TestNode.devnet(dataDir)) {
      Process process =
          new ProcessBuilder("node", "ethr-did-check.mjs", node.httpUrl())
              .directory(COMPAT.toFile())
              .redirectErrorStream(true)
              .start();
      boolean finished = process.waitFor(180, TimeUnit.SECONDS);
      if (!finished) {
        process.destroyForcibly();
      }
      String output = read(process);
      System.out.println(output);
      assertThat(finished).as("ethr-did checks finished in time; output:%n%s", output).isTrue();
      assertThat(process.exitValue()).as("ethr-did checks; output:%n%s", output).isZero();
      assertThat(output).contains(" passed, 0 failed");
    }
  }

  private static String read(Process process) throws IOException {
    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }
}
