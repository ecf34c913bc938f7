package io.coterie.node.cli;

import io.coterie.node.app.NodeConfig;
import io.coterie.node.cli.subcommand.RunCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine;

/** What {@code coterie run ARGS} would start, for tests that start the node in this JVM. */
public final class RunConfigs {
  private RunConfigs() {}

  public static NodeConfig of(String... args) {
    String[] all = Stream.concat(Stream.of("run"), Stream.of(args)).toArray(String[]::new);
    StringWriter sink = new StringWriter();
    CommandLine commandLine =
        CoterieCommand.commandLine(all, Map.of(), new PrintWriter(sink), new PrintWriter(sink));
    commandLine.parseArgs(all);
    RunCommand run = commandLine.getSubcommands().get("run").getCommand();
    return run.nodeConfig(new PrintWriter(sink));
  }

  /** A base for a few nodes' ports (ten a node): a port the system found free, at most 60000. */
  public static int freeBasePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return Math.min(socket.getLocalPort(), 60_000);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
