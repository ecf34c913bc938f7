package io.coterie.node.cli.subcommand;

import io.coterie.genesis.devnet.DevnetSpec;
import io.coterie.genesis.json.GenesisReader;
import io.coterie.genesis.spec.ChainSpec;
import io.coterie.node.app.ChainAccess;
import io.coterie.node.cli.CliException;
import io.coterie.node.cli.options.DurationConverter;
import io.coterie.node.logging.ProgressLog;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * Which chain an offline tool opens: {@code --data-path} with {@code --genesis-file} or {@code
 * --devnet}. The block period does not change a devnet's genesis, so any period opens it.
 */
final class ChainSource {
  @Option(
      names = "--data-path",
      paramLabel = "<DIR>",
      required = true,
      description = "The node's data directory.")
  Path dataPath;

  @ArgGroup(multiplicity = "1")
  Genesis genesis;

  @Option(
      names = "--progress-interval",
      paramLabel = "<DURATION>",
      defaultValue = "5s",
      converter = DurationConverter.class,
      description =
          "Time between progress lines (count, rate, ETA) on standard error, e.g. 10s"
              + " (default: ${DEFAULT-VALUE}); 0s prints one per block.")
  Duration progressInterval;

  /** Progress lines of this tool's job on {@code err}, every {@code --progress-interval}. */
  ProgressLog progress(String what, long total, PrintWriter err) {
    return new ProgressLog(
        what,
        "blocks",
        OptionalLong.of(total),
        progressInterval,
        System::nanoTime,
        line -> {
          err.println(line);
          err.flush();
        });
  }

  static final class Genesis {
    @Option(names = "--genesis-file", paramLabel = "<FILE>", description = "The chain's genesis.")
    Path file;

    @Option(names = "--devnet", description = "The chain is the devnet (`coterie devnet`).")
    boolean devnet;
  }

  ChainSpec spec() {
    return genesis.devnet ? DevnetSpec.create(1, 1_000) : GenesisReader.readValid(genesis.file);
  }

  /** Opens an existing chain; refuses a directory without one rather than creating it. */
  ChainAccess openExisting() {
    if (!DataDirectory.holdsData(dataPath)) {
      throw CliException.usage(
          "--data-path " + dataPath + " holds no chain database; check the path");
    }
    return ChainAccess.open(dataPath, spec());
  }

  /** Opens the chain, creating it with only its genesis block when the directory is empty. */
  ChainAccess openOrCreate() {
    if (Files.isRegularFile(dataPath)) {
      throw CliException.usage("--data-path " + dataPath + " is a file; give a directory");
    }
    return ChainAccess.open(dataPath, spec());
  }
}
