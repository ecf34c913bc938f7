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
      description =
          "Writes genesis.json and one directory per validator: from a network.toml of the"
              + " brands' public keys (--config-file), or with every key generated here"
              + " (--validators).")
  static final class GenerateNetwork implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--validators",
        paramLabel = "<N>",
        description = "Validators, all generated here with their keys (to try a network out).")
    Integer validators;

    @Option(
        names = "--config-file",
        paramLabel = "<FILE>",
        description =
            "A network.toml naming the brands' validators by address and enode (see"
                + " config/network.toml); writes no key.")
    Path configFile;

    @Option(
        names = "--out",
        paramLabel = "<DIR>",
        required = true,
        description = "Directory to write (must be empty or missing).")
    Path out;

    @Option(
        names = "--base-port",
        paramLabel = "<PORT>",
        description =
            "With --validators: node i uses base+10i (HTTP), +1 (WS), +2 (P2P), +3 (metrics)"
                + " (default: 8545).")
    Integer basePort;

    @Option(
        names = "--chain-id",
        paramLabel = "<ID>",
        description = "With --validators: the chain id (default: 4242).")
    Long chainId;

    @Override
    public Integer call() throws IOException {
      if ((validators == null) == (configFile == null)) {
        throw CliException.usage(
            "give either --config-file network.toml (a consortium: each brand's key stays with it)"
                + " or --validators N (every key generated here, to try it out)");
      }
      if (configFile != null) {
        if (basePort != null || chainId != null) {
          throw CliException.usage(
              "--base-port and --chain-id are for --validators; with --config-file, set chain-id"
                  + " and each validator's ports in the network file");
        }
        return ConsortiumOutput.generate(configFile, out, spec.commandLine().getOut());
      }
      long chain = chainId == null ? 4242 : chainId;
      GenerationResult result =
          NetworkGenerator.generate(
              new NetworkOptions(
                  validators,
                  out,
                  basePort == null ? NetworkOptions.DEFAULT_BASE_PORT : basePort,
                  chain));
      if (result instanceof GenerationResult.Refused refused) {
        throw CliException.usage(refused.reason());
      }
      GenerationResult.Generated generated = (GenerationResult.Generated) result;
      PrintWriter printer = spec.commandLine().getOut();
      printer.println("Wrote a " + validators + "-validator network, chain id " + chain + ":");
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
