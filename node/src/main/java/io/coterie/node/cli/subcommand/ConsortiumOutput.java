package io.coterie.node.cli.subcommand;

import io.coterie.genesis.generate.ConsortiumGenerator;
import io.coterie.genesis.generate.ConsortiumNode;
import io.coterie.genesis.generate.GenerationResult;
import io.coterie.genesis.generate.NetworkFileReader;
import io.coterie.node.cli.CliException;
import io.coterie.node.cli.ExitCodes;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** {@code operator generate-network --config-file}: reads the network file, writes, reports. */
final class ConsortiumOutput {
  private ConsortiumOutput() {}

  static int generate(Path networkFile, Path out, PrintWriter printer) throws IOException {
    NetworkFileReader.Result read = NetworkFileReader.read(networkFile);
    if (read instanceof NetworkFileReader.Result.Invalid invalid) {
      throw CliException.usage(networkFile + " cannot be used:\n" + invalid.describe());
    }
    GenerationResult result =
        ConsortiumGenerator.generate(((NetworkFileReader.Result.Read) read).network(), out);
    if (result instanceof GenerationResult.Refused refused) {
      throw CliException.usage(refused.reason());
    }
    GenerationResult.Consortium consortium = (GenerationResult.Consortium) result;
    printer.println(
        "Wrote a " + consortium.nodes().size() + "-validator network (no private key involved):");
    printer.println("  genesis: " + consortium.genesisFile());
    for (ConsortiumNode node : consortium.nodes()) {
      printer.println(
          "  "
              + node.name()
              + ": "
              + node.outputDirectory()
              + " -> copy into "
              + node.node().directory()
              + " on its machine"
              + (node.passwordGenerated() ? " (with its rpc-password; send it only to them)" : ""));
    }
    printer.println("  readme:  " + consortium.readme());
    printer.println(
        "Each brand starts its node with: coterie run --config-file <its directory>/config.toml");
    return ExitCodes.OK;
  }
}
