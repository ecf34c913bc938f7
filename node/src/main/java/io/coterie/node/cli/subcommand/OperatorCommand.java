package io.coterie.node.cli.subcommand;

import io.coterie.genesis.generate.GeneratedNode;
import io.coterie.genesis.generate.GenerationResult;
import io.coterie.genesis.generate.NetworkGenerator;
import io.coterie.genesis.generate.NetworkOptions;
import io.coterie.node.cli.CliException;
import io.coterie.node.cli.ExitCodes;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code coterie operator generate-network}: files for a new consortium network. */
@Command(
    name = "operator",
    mixinStandardHelpOptions = true,
    description = "Tools for network operators.",
    subcommands = {OperatorCommand.GenerateNetwork.class})
public final class OperatorCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Writes a genesis, node keys and per-node configs for N validators. */
  @Command(
      name = "generate-network",
      mixinStandardHelpOptions = true,
      description = "Writes genesis.json, an admin key and one directory per validator.")
  static final class GenerateNetwork implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--validators",
        paramLabel = "<N>",
        required = true,
        description = "Validators.")
    int validators;

    @Option(
        names = "--out",
        paramLabel = "<DIR>",
        required = true,
        description = "Directory to write (must be empty or missing).")
    Path out;

    @Option(
        names = "--base-port",
        paramLabel = "<PORT>",
        defaultValue = "8545",
        description =
            "Node i uses base+10i (HTTP), +1 (WS), +2 (P2P), +3 (metrics) (default: ${DEFAULT-VALUE}).")
    int basePort;

    @Option(
        names = "--chain-id",
        paramLabel = "<ID>",
        defaultValue = "4242",
        description = "Chain id (default: ${DEFAULT-VALUE}).")
    long chainId;

    @Override
    public Integer call() throws IOException {
      GenerationResult result =
          NetworkGenerator.generate(new NetworkOptions(validators, out, basePort, chainId));
      if (result instanceof GenerationResult.Refused refused) {
        throw CliException.usage(refused.reason());
      }
      GenerationResult.Generated generated = (GenerationResult.Generated) result;
      PrintWriter printer = spec.commandLine().getOut();
      printer.println("Wrote a " + validators + "-validator network, chain id " + chainId + ":");
      printer.println("  genesis:   " + generated.genesisFile());
      printer.println("  admin key: " + generated.adminKeyFile() + " (" + generated.admin() + ")");
      for (GeneratedNode node : generated.nodes()) {
        printer.println(
            "  node "
                + node.index()
                + ":    "
                + node.configFile()
                + " address="
                + node.address()
                + " http="
                + node.rpcHttpPort()
                + " p2p="
                + node.p2pPort());
      }
      printer.println("  readme:    " + generated.readme());
      printer.println(
          "  rpc login: user "
              + NetworkGenerator.RPC_USER
              + ", password in "
              + generated.rpcPasswordFile()
              + " (hash in "
              + generated.rpcUsersFile()
              + ")");
      printer.println("Start a node with: coterie run --config-file <node dir>/config.toml");
      printer.println(
          "Every JSON-RPC call needs a token: POST /login as "
              + NetworkGenerator.RPC_USER
              + ", or coterie_login with a partner's own key (README.md says how).");
      return ExitCodes.OK;
    }
  }
}
