package io.coterie.node.network;

import io.coterie.node.cli.CoterieCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * {@code coterie run --config-file DIR/node-i/config.toml} as a child process, its output appended
 * to {@code DIR/node-i/node.log}; closing kills it.
 */
final class ChildNode implements AutoCloseable {
  private final Path config;
  private final Path log;
  private Process process;

  ChildNode(Path nodeDir) {
    this.config = nodeDir.resolve("config.toml");
    this.log = nodeDir.resolve("node.log");
  }

  void start() {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    try {
      process =
          new ProcessBuilder(
                  java.toString(),
                  "-Xmx256m",
                  "-cp",
                  System.getProperty("java.class.path"),
                  CoterieCommand.class.getName(),
                  "run",
                  "--config-file",
                  config.toString())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** SIGKILL: no shutdown hook, no flush, as a power cut or the OOM killer. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  void pause() {
    signal("STOP");
  }

  void resume() {
    signal("CONT");
  }

  private void signal(String name) {
    try {
      Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start();
      if (kill.waitFor() != 0) {
        throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted signalling " + name, e);
    }
  }

  boolean isAlive() {
    return process != null && process.isAlive();
  }

  @Override
  public void close() {
    if (process != null) {
      process.destroyForcibly();
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
