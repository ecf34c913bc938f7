package io.coterie.node.cli.subcommand;

import io.coterie.node.app.DevnetConfig;
import io.coterie.node.app.Node;
import io.coterie.node.app.NodeBuilder;
import io.coterie.node.app.NodeConfig;
import io.coterie.node.cli.CliException;
import io.coterie.node.cli.ExitCodes;
import io.coterie.node.cli.NodeRunner;
import io.coterie.node.cli.options.DurationConverter;
import io.coterie.node.cli.options.RpcConfigs;
import io.coterie.node.cli.options.RpcHttpOptions;
import io.coterie.node.cli.options.RpcWsOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code coterie devnet}: a development chain with funded, role-holding accounts. */
@Command(
    name = "devnet",
    mixinStandardHelpOptions = true,
    description = {
      "Runs a development chain (id 1337) in the foreground until Ctrl-C.",
      "Resumes the chain in --data-path; --reset starts over."
    })
public final class DevnetCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--data-path",
      paramLabel = "<DIR>",
      defaultValue = "devnet-data",
      description = "Directory of the devnet's database (default: ./${DEFAULT-VALUE}).")
  Path dataPath;

  @Mixin RpcHttpOptions http;
  @Mixin RpcWsOptions ws;

  @Option(
      names = "--block-period",
      paramLabel = "<DURATION>",
      defaultValue = "1s",
      converter = DurationConverter.class,
      description = "Time between blocks, e.g. 500ms or 2s (default: ${DEFAULT-VALUE}).")
  Duration blockPeriod;

  @Option(
      names = "--validators",
      paramLabel = "<N>",
      defaultValue = "1",
      description = "Number of validators (default: ${DEFAULT-VALUE}).")
  int validators;

  @Option(names = "--reset", description = "Delete the chain in --data-path and start over.")
  boolean reset;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (validators != 1) {
      spec.commandLine()
          .getErr()
          .println(
              "error: --validators "
                  + validators
                  + " is not available yet: the multi-validator devnet comes with the consortium"
                  + " work; run with --validators 1");
      return ExitCodes.USAGE;
    }
    if (blockPeriod.isZero() || blockPeriod.isNegative()) {
      throw CliException.usage("--block-period must be positive, e.g. 500ms or 1s");
    }
    if (reset) {
      DataDirectory.reset(dataPath);
    }
    boolean resuming = DataDirectory.holdsData(dataPath);
    NodeConfig config =
        DevnetConfig.create(
            dataPath, blockPeriod.toMillis(), RpcConfigs.server(http.config(), ws.config()));
    Node node = NodeRunner.start(NodeBuilder.build(config));
    DevnetBanner.print(out, node, config, resuming);
    NodeRunner.runUntilStopped(node);
    out.println("Devnet stopped at block " + node.chain().head().number() + ".");
    return ExitCodes.OK;
  }
}
