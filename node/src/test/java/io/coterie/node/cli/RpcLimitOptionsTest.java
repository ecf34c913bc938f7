package io.coterie.node.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.node.cli.subcommand.RunCommand;
import io.coterie.node.rpc.server.RpcLimits;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The RPC limit options, from the command line, the environment and the config file. */
class RpcLimitOptionsTest {
  @TempDir Path dir;

  private static RunCommand parseRun(Map<String, String> env, String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "run";
    System.arraycopy(args, 0, all, 1, args.length);
    CommandLine commandLine =
        CoterieCommand.commandLine(
            all, env, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    commandLine.parseArgs(all);
    return commandLine.getSubcommands().get("run").getCommand();
  }

  @Test
  void defaultsAreTheServersDefaults() {
    assertThat(parseRun(Map.of()).rpcLimits()).isEqualTo(RpcLimits.defaults());
  }

  @Test
  void eachLimitComesFromTheCommandLineTheEnvironmentOrTheConfigFile() throws IOException {
    Path file = dir.resolve("node.toml");
    Files.writeString(
        file,
        """
        rpc-max-logs-range = 100
        rpc-ws-max-frame-size = 65536
        rpc-filter-timeout-seconds = 60
        rpc-http-header-timeout = "2s"
        """);

    RpcLimits limits =
        parseRun(
                Map.of("COTERIE_RPC_GAS_CAP", "1000000", "COTERIE_RPC_REQUEST_TIMEOUT", "500ms"),
                "--config-file",
                file.toString(),
                "--rpc-max-connections-per-ip",
                "4",
                "--rpc-ws-max-subscriptions-per-connection=7")
            .rpcLimits();

    assertThat(limits.maxLogsRange()).isEqualTo(100);
    assertThat(limits.wsMaxFrameSize()).isEqualTo(65_536);
    assertThat(limits.filterTimeout()).isEqualTo(Duration.ofMinutes(1));
    assertThat(limits.httpHeaderTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(limits.gasCap()).isEqualTo(1_000_000);
    assertThat(limits.requestTimeout()).isEqualTo(Duration.ofMillis(500));
    assertThat(limits.maxConnectionsPerIp()).isEqualTo(4);
    assertThat(limits.wsMaxSubscriptionsPerConnection()).isEqualTo(7);
  }

  @Test
  void anImpossibleLimitIsAUsageErrorNamingTheOption() {
    CliRun run = CliRun.of("devnet", "--data-path", dir.toString(), "--rpc-ws-max-frame-size", "0");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--rpc-ws-max-frame-size must be at least 1, got 0");
  }
}
