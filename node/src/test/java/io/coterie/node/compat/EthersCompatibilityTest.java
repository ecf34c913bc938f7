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
 * ethers.js v6 from npm, unmodified, drives a devnet node: network, blocks, a value transfer, Roles
 * calls, events, queryFilter, revert decoding, permissioning and WebSocket newHeads
 * (scripts/compat).
 */
class EthersCompatibilityTest {
  private static final Path COMPAT =
      Path.of("..", "scripts", "compat").toAbsolutePath().normalize();

  @TempDir Path dataDir;

  @Test
  void ethersDrivesTheDevnet() throws Exception {
    boolean installed = Files.isDirectory(COMPAT.resolve("node_modules/ethers"));
    assertThat(installed)
        .as(
            "scripts/compat/node_modules/ethers, which the build installs at generate-test-resources"
                + " (scripts/npm-packages.sh); run the tests through mvn, or that script first")
        .isTrue();

    try (TestNode node = TestNode.devnet(dataDir)) {
      Process process =
          new ProcessBuilder("node", "ethers-check.mjs", node.httpUrl(), node.wsUrl())
              .directory(COMPAT.toFile())
              .redirectErrorStream(true)
              .start();
      boolean finished = process.waitFor(180, TimeUnit.SECONDS);
      String output = read(process);
      System.out.println(output);
      if (!finished) {
        process.destroyForcibly();
      }
      assertThat(finished).as("ethers checks finished in time; output:%n%s", output).isTrue();
      assertThat(process.exitValue()).as("ethers checks; output:%n%s", output).isZero();
      assertThat(output).contains(" passed, 0 failed");
    }
  }

  private static String read(Process process) throws IOException {
    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }
}
