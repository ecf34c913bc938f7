package io.coterie.node.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.coterie.node.app.Version;
import io.coterie.node.cli.subcommand.RunCommand;
import io.coterie.node.metrics.MetricsConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class OptionPrecedenceTest {
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

  private Path config(String toml) throws IOException {
    Path file = dir.resolve("node.toml");
    Files.writeString(file, toml);
    return file;
  }

  @Test
  void defaultsApplyWhenNothingElseIsGiven() {
    RunCommand run = parseRun(Map.of());

    assertThat(run.http().port()).isEqualTo(8545);
    assertThat(run.http().host()).isEqualTo("127.0.0.1");
    assertThat(run.http().apis()).containsExactly("eth", "net", "web3", "provenance", "coterie");
    assertThat(run.ws().port()).isEqualTo(8546);
    assertThat(run.ws().apis()).containsExactly("eth", "net", "web3", "provenance");
    assertThat(run.txPool().minGasPrice()).isEqualTo(BigInteger.ZERO);
    assertThat(run.data().nodeKeyFile()).isEqualTo(run.data().dataPath().resolve("key"));
    assertThat(run.metrics()).isEqualTo(new MetricsConfig(false, "127.0.0.1", 9545));
  }

  @Test
  void configFileBeatsTheDefault() throws IOException {
    Path file =
        config(
            """
            rpc-http-port = 9000
            rpc-http-api = ["ETH", "NET"]
            data-path = "/var/coterie"
            min-gas-price = 7
            rpc-ws-enabled = false
            """);

    RunCommand run = parseRun(Map.of(), "--config-file", file.toString());

    assertThat(run.http().port()).isEqualTo(9000);
    assertThat(run.http().apis()).containsExactly("eth", "net");
    assertThat(run.data().dataPath()).isEqualTo(Path.of("/var/coterie"));
    assertThat(run.txPool().minGasPrice()).isEqualTo(BigInteger.valueOf(7));
    assertThat(run.ws().enabled()).isFalse();
  }

  @Test
  void environmentBeatsTheConfigFile() throws IOException {
    Path file = config("rpc-http-port = 9000\nrpc-ws-port = 9001\n");

    RunCommand run =
        parseRun(Map.of("COTERIE_RPC_HTTP_PORT", "9100"), "--config-file", file.toString());

    assertThat(run.http().port()).isEqualTo(9100);
    assertThat(run.ws().port()).isEqualTo(9001);
  }

  @Test
  void commandLineBeatsTheEnvironment() throws IOException {
    Path file = config("rpc-http-port = 9000\n");

    RunCommand run =
        parseRun(
            Map.of(
                "COTERIE_RPC_HTTP_PORT", "9100", "COTERIE_HOST_ALLOWLIST", "a.example,b.example"),
            "--config-file",
            file.toString(),
            "--rpc-http-port",
            "9200");

    assertThat(run.http().port()).isEqualTo(9200);
    assertThat(run.http().hostAllowlist()).containsExactly("a.example", "b.example");
  }

  @Test
  void theConfigFileMayBeNamedByTheEnvironment() throws IOException {
    Path file = config("rpc-http-port = 9300\n");

    RunCommand run = parseRun(Map.of("COTERIE_CONFIG_FILE", file.toString()));

    assertThat(run.http().port()).isEqualTo(9300);
  }

  @Test
  void p2pAndMetricsKeysComeFromTheConfigFile() throws IOException {
    Path file =
        config(
            """
            p2p-port = 30400
            static-nodes = ["enode://ab@127.0.0.1:30401"]
            metrics-enabled = true
            metrics-host = "0.0.0.0"
            metrics-port = 9600
            """);

    RunCommand run = parseRun(Map.of(), "--config-file", file.toString());

    assertThat(run.p2p().port()).isEqualTo(30400);
    assertThat(run.p2p().staticNodes()).containsExactly("enode://ab@127.0.0.1:30401");
    assertThat(run.metrics()).isEqualTo(new MetricsConfig(true, "0.0.0.0", 9600));
    assertThat(
            parseRun(Map.of("COTERIE_METRICS_PORT", "9700"), "--config-file", file.toString())
                .metrics()
                .port())
        .isEqualTo(9700);
  }

  @Test
  void anEmptyListInTheConfigFileIsTheEmptyDefault() throws IOException {
    // what `operator generate-network --validators 1` writes: no other node to list
    Path file = config("static-nodes = []\n");

    RunCommand run = parseRun(Map.of(), "--config-file", file.toString());

    assertThat(run.p2p().staticNodes()).isEmpty();
  }

  @Test
  void aMetricsPortInUseIsOneLineNamingTheMetricsPortOption() throws IOException {
    Path genesis =
        Path.of(System.getProperty("user.dir")).getParent().resolve("config/devnet-genesis.json");
    assumeTrue(
        Files.exists(genesis), "config/devnet-genesis.json not found next to the node module");
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CliRun run =
          CliRun.of(
              "run",
              "--genesis-file",
              genesis.toString(),
              "--data-path",
              dir.resolve("data").toString(),
              "--rpc-http-port",
              "0",
              "--rpc-ws-port",
              "0",
              "--p2p-enabled=false",
              "--metrics-enabled",
              "--metrics-port",
              Integer.toString(taken.getLocalPort()));

      assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FAILED);
      assertThat(run.err())
          .contains(":" + taken.getLocalPort())
          .contains("--metrics-port")
          .doesNotContain("--rpc-http-port")
          .doesNotContain("\tat ");
    }
  }

  @Test
  void anUnknownConfigKeyIsAnErrorNamingTheKey() throws IOException {
    Path file = config("rpc-http-prot = 9000\n");

    CliRun run = CliRun.of("run", "--config-file", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("unknown key 'rpc-http-prot'").contains("rpc-http-port");
    assertThat(run.err().lines().count()).isEqualTo(1);
  }

  @Test
  void aMissingConfigFileSaysSo() {
    CliRun run = CliRun.of("run", "--config-file", dir.resolve("nope.toml").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("does not exist");
  }

  @Test
  void runWithoutAGenesisSaysWhatToDo() {
    CliRun run = CliRun.of("run", "--data-path", dir.resolve("data").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--genesis-file").doesNotContain("Exception");
  }

  @Test
  void aBadOptionValueIsOneClearErrorAndExitCodeTwo() {
    CliRun run = CliRun.of("devnet", "--rpc-http-port", "eighty");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--rpc-http-port").contains("coterie devnet --help");
  }

  @Test
  void devnetRefusesZeroValidators() {
    CliRun run = CliRun.of("devnet", "--validators", "0", "--data-path", dir.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--validators must be 1-");
  }

  @Test
  void devnetResetRefusesADirectoryThatIsNotADataDirectory() throws IOException {
    Files.writeString(dir.resolve("thesis.tex"), "precious");

    CliRun run = CliRun.of("devnet", "--reset", "--data-path", dir.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("refusing to --reset");
    assertThat(dir.resolve("thesis.tex")).exists();
  }

  @Test
  void aPortInUseIsOneLineSayingWhichOptionToChange() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CliRun run =
          CliRun.of(
              "devnet",
              "--validators",
              "1",
              "--data-path",
              dir.resolve("data").toString(),
              "--rpc-http-port",
              Integer.toString(taken.getLocalPort()),
              "--rpc-ws-port",
              "0",
              "--jit-warm-up=false");

      assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FAILED);
      assertThat(run.err()).contains("--rpc-http-port").doesNotContain("\tat ");
    }
    // The failed start released the database: a second open succeeds.
    assertThat(
            CliRun.of("db", "verify", "--data-path", dir.resolve("data").toString(), "--devnet")
                .exitCode())
        .isZero();
  }

  @Test
  void versionNamesTheRelease() {
    CliRun run = CliRun.of("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("coterie " + Version.NUMBER);
    assertThat(CliRun.of("keys", "generate", "--version").out())
        .contains("coterie " + Version.NUMBER);
  }

  @Test
  void configKeysAreTheRunOptionNames() {
    CommandLine commandLine =
        CoterieCommand.commandLine(
            new String[0],
            Map.of(),
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()));

    assertThat(CoterieCommand.configKeys(commandLine.getSubcommands().get("run")))
        .containsAll(
            List.of(
                "data-path",
                "genesis-file",
                "node-private-key-file",
                "rpc-http-enabled",
                "rpc-http-host",
                "rpc-http-port",
                "rpc-http-api",
                "rpc-ws-enabled",
                "rpc-ws-host",
                "rpc-ws-port",
                "host-allowlist",
                "rpc-http-cors-origins",
                "min-gas-price",
                "p2p-port",
                "static-nodes",
                "metrics-enabled",
                "metrics-host",
                "metrics-port"))
        .doesNotContain("config-file", "help", "version");
  }
}
