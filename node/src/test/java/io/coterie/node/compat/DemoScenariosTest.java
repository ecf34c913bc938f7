package io.coterie.node.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.node.support.TestNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
  private static final Path DEMO = Path.of("..", "scripts", "demo").toAbsolutePath().normalize();

  @TempDir static Path dataDir;
  private static TestNode node;

  @BeforeAll
  static void start() {
    boolean installed = Files.isDirectory(DEMO.resolve("node_modules/ethers"));
    assertThat(installed)
        .as(
            "scripts/demo/node_modules/ethers, which the build installs at generate-test-resources"
                + " (scripts/npm-packages.sh); run the tests through mvn, or that script first")
        .isTrue();
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
    Process process =
        new ProcessBuilder("node", scenario + ".mjs", node.httpUrl())
            .directory(DEMO.toFile())
            .redirectErrorStream(true)
            .start();
    boolean finished = process.waitFor(180, TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly();
    }
    String output = read(process);
    System.out.println(output);
    assertThat(finished).as("%s finished in time; output:%n%s", scenario, output).isTrue();
    assertThat(process.exitValue()).as("%s; output:%n%s", scenario, output).isZero();
    assertThat(output).contains("done, every step succeeded.");
  }

  private static String read(Process process) throws IOException {
    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }
}
