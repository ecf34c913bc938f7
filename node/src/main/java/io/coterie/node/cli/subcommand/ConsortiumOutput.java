package io.coterie.node.cli.subcommand;

import io.coterie.genesis.generate.ConsortiumGenerator;
import io.coterie.genesis.generate.ConsortiumNode;
import io.coterie.genesis.generate.GenerationResult;
import io.coterie.genesis.generate.NetworkFile;
import io.coterie.genesis.generate.NetworkFileReader;
import io.coterie.genesis.spec.ChainSpec;
import io.coterie.genesis.validate.GenesisValidator;
import io.coterie.node.app.ChainAccess;
import io.coterie.node.chain.GenesisSetupException;
import io.coterie.node.cli.CliException;
import io.coterie.node.cli.ExitCodes;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** {@code operator generate-network --config-file}: reads the network file, writes, reports. */
final class ConsortiumOutput {
  private ConsortiumOutput() {}

  static int generate(Path networkFile, Path out, PrintWriter printer) throws IOException {
    NetworkFileReader.Result read = NetworkFileReader.read(networkFile);
    if (read instanceof NetworkFileReader.Result.Invalid invalid) {
      throw CliException.usage(networkFile + " cannot be used:\n" + invalid.describe());
    }
    NetworkFile network = ((NetworkFileReader.Result.Read) read).network();
    ChainSpec spec = ConsortiumGenerator.spec(network);
    if (GenesisValidator.validate(spec).isEmpty()) {
      computeBlockZero(spec, networkFile);
    }
    GenerationResult result = ConsortiumGenerator.generate(network, out);
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

  /**
   * Computes block 0 in a scratch data directory, as every node will: a setup call that reverts (a
   * program or collection the chaincode refuses) is reported now, not by each brand's node.
   */
  private static void computeBlockZero(ChainSpec spec, Path networkFile) throws IOException {
    Path scratch = Files.createTempDirectory("coterie-genesis-check");
    try (ChainAccess ignored = ChainAccess.open(scratch, spec)) {
      // Opening computes and stores block 0; nothing else is needed.
    } catch (GenesisSetupException e) {
      throw CliException.usage(
          networkFile
              + " gives a block 0 whose setup call "
              + e.callIndex()
              + " (programs first, each followed by its shops, then collections) fails: "
              + e.getMessage()
              + "; fix that entry of points-programs or card-collections");
    } finally {
      deleteTree(scratch);
    }
  }

  static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
