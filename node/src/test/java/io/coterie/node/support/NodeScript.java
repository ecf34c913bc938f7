package io.coterie.node.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Node.js script from a folder of {@code scripts/} (its npm packages installed by the build's
 * {@code scripts/npm-packages.sh}), run to the end with a bounded wait; its output is printed, so a
 * failing run shows in the test report.
 */
public final class NodeScript {
  private static final long TIMEOUT_SECONDS = 180;

  private final Path folder;

  private NodeScript(Path folder) {
    this.folder = folder;
  }

  /** The folder {@code scripts/<name>}, which must have {@code node_modules/<module>} installed. */
  public static NodeScript in(String name, String module) {
    Path folder = Path.of("..", "scripts", name).toAbsolutePath().normalize();
    assertThat(Files.isDirectory(folder.resolve("node_modules").resolve(module)))
        .as(
            "scripts/%s/node_modules/%s, which the build installs at generate-test-resources"
                + " (scripts/npm-packages.sh); run the tests through mvn, or that script first",
            name, module)
        .isTrue();
    return new NodeScript(folder);
  }

  /** Runs {@code node script args...} and asserts it exited 0 having printed {@code marker}. */
  public void runsToTheEnd(String marker, String script, String... args)
      throws IOException, InterruptedException {
    assertThat(output(script, args)).contains(marker);
  }

  /** Runs {@code node script args...}, asserts it exited 0, and returns what it printed. */
  public String output(String script, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("node", script));
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
    boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly();
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    System.out.println(output);
    assertThat(finished).as("%s finished in time; output:%n%s", script, output).isTrue();
    assertThat(process.exitValue()).as("%s; output:%n%s", script, output).isZero();
    return output;
  }
}
