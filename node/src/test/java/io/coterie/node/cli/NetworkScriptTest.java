package io.coterie.node.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/network.sh} with real node processes: generates a two-validator network, starts
 * both nodes from their generated configs, reports them (logging in as the generated operator user,
 * since generated nodes require a token), stops and restarts one, and stops all.
 */
class NetworkScriptTest {
  private static final Path SCRIPT =
      Path.of("..", "scripts", "network.sh").toAbsolutePath().normalize();
  private static final Pattern ALIVE_ROW =
      Pattern.compile("^(node-\\d+)\\s+(\\d+|-)\\s+(yes|no)\\s+(\\d+)\\s+(\\d+|-)$");

  @TempDir Path dir;

  private record Result(int exit, String output) {}

  private Result run(Path bin, String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("bash", SCRIPT.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("COTERIE_BIN", bin.toString());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(90, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), output);
  }

  /** Node rows of {@code status}: name → [alive, block]. */
  private static java.util.Map<String, List<String>> rows(String status) {
    java.util.Map<String, List<String>> rows = new java.util.TreeMap<>();
    for (String line : status.split("\n")) {
      Matcher m = ALIVE_ROW.matcher(line.trim());
      if (m.matches()) {
        rows.put(m.group(1), List.of(m.group(3), m.group(5)));
      }
    }
    return rows;
  }

  private static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static int freeBasePort() {
    Random random = new Random();
    while (true) {
      int base = 20_000 + random.nextInt(20_000);
      boolean free = true;
      for (int node = 0; node < 2 && free; node++) {
        for (int offset = 0; offset < 4 && free; offset++) {
          free = isFree(base + 10 * node + offset);
        }
      }
      if (free) {
        return base;
      }
    }
  }

  @Test
  void upStatusStopStartAndDownManageEveryNodeProcess() throws Exception {
    assumeThat(
            Files.isExecutable(Path.of("/usr/bin/curl"))
                || Files.isExecutable(Path.of("/bin/curl")))
        .as("curl is needed by network.sh status")
        .isTrue();
    Path bin = dir.resolve("coterie");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Files.writeString(
        bin,
        "#!/usr/bin/env bash\nexec '"
            + java
            + "' -cp '"
            + System.getProperty("java.class.path")
            + "' "
            + CoterieCommand.class.getName()
            + " \"$@\"\n");
    Files.setPosixFilePermissions(bin, PosixFilePermissions.fromString("rwx------"));
    Path network = dir.resolve("net");
    String base = String.valueOf(freeBasePort());
    try {
      Result up =
          run(bin, "up", "--validators", "2", "--dir", network.toString(), "--base-port", base);
      assertThat(up.exit()).as(up.output()).isZero();
      assertThat(network.resolve("genesis.json")).exists();
      assertThat(network.resolve("node-1").resolve("node.pid")).exists();
      assertThat(up.output())
          .doesNotContain(Files.readString(network.resolve("admin").resolve("rpc-password")));

      await()
          .atMost(Duration.ofSeconds(90))
          .until(
              () ->
                  rows(run(bin, "status", "--dir", network.toString()).output()).values().stream()
                          .filter(r -> r.get(0).equals("yes") && !r.get(1).equals("-"))
                          .count()
                      == 2);

      Result stop = run(bin, "stop", "1", "--dir", network.toString());
      assertThat(stop.output()).contains("node-1: stopped");
      assertThat(rows(run(bin, "status", "--dir", network.toString()).output()).get("node-1"))
          .containsExactly("no", "-");

      Result start = run(bin, "start", "1", "--dir", network.toString());
      assertThat(start.output()).contains("node-1: started");

      Result missing = run(bin, "stop", "9", "--dir", network.toString());
      assertThat(missing.exit()).isEqualTo(2);
      assertThat(missing.output()).contains("no node 9");
    } finally {
      Result down = run(bin, "down", "--dir", network.toString());
      assertThat(down.output()).contains("node-0: stopped").contains("node-1: stopped");
    }
    assertThat(rows(run(bin, "status", "--dir", network.toString()).output()).values())
        .allMatch(r -> r.get(0).equals("no"));
  }
}
