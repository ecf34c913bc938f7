package io.coterie.node.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code coterie devnet} as a real child process on ephemeral ports (port 0), so no other process
 * can take its port between choosing and binding; the bound HTTP port is read from the banner it
 * prints.
 */
final class DevnetChild implements AutoCloseable {
  private static final Pattern HTTP_URL =
      Pattern.compile("JSON-RPC HTTP:\\s+http://127\\.0\\.0\\.1:(\\d+)");

  private final Process process;
  private final Path log;
  private final int httpPort;

  private DevnetChild(Process process, Path log, int httpPort) {
    this.process = process;
    this.log = log;
    this.httpPort = httpPort;
  }

  /** A single-validator devnet (its database is {@code dataPath} itself). */
  static DevnetChild start(Path dataPath, Path log) throws IOException {
    return start(dataPath, log, 1);
  }

  static DevnetChild start(Path dataPath, Path log, int validators) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    long logStart = Files.exists(log) ? Files.size(log) : 0;
    Process process =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                CoterieCommand.class.getName(),
                "devnet",
                "--validators",
                Integer.toString(validators),
                "--data-path",
                dataPath.toString(),
                "--rpc-http-port",
                "0",
                "--rpc-ws-port",
                "0",
                "--block-period",
                "200ms",
                "--jit-warm-up=false")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> port(log, logStart) > 0 || !process.isAlive());
    assertThat(process.isAlive()).as(Files.readString(log)).isTrue();
    return new DevnetChild(process, log, port(log, logStart));
  }

  private static int port(Path log, long from) throws IOException {
    String text = Files.readString(log);
    Matcher matcher = HTTP_URL.matcher(text.substring((int) Math.min(from, text.length())));
    return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
  }

  Process process() {
    return process;
  }

  int httpPort() {
    return httpPort;
  }

  String log() throws IOException {
    return Files.readString(log);
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
