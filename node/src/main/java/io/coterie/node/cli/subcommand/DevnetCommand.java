package io.coterie.node.cli.subcommand;

import io.coterie.node.app.DevnetConfig;
import io.coterie.node.app.DevnetDemoLot;
import io.coterie.node.app.Node;
import io.coterie.node.app.NodeBuilder;
import io.coterie.node.app.NodeConfig;
import io.coterie.node.app.RelayerConfig;
import io.coterie.node.cli.CliException;
import io.coterie.node.cli.ExitCodes;
import io.coterie.node.cli.NodeRunner;
import io.coterie.node.cli.options.DurationConverter;
import io.coterie.node.cli.options.RelayerOptions;
import io.coterie.node.cli.options.RpcConfigs;
import io.coterie.node.cli.options.RpcHttpOptions;
import io.coterie.node.cli.options.RpcLimitOptions;
import io.coterie.node.cli.options.RpcWsOptions;
import io.coterie.node.cli.options.WebOptions;
import io.coterie.node.rpc.server.RpcServerConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
      "Runs a development chain (id 1337) in the foreground until Ctrl-C: by default four QBFT"
          + " validators in this process, talking P2P over 127.0.0.1, node 0 serving RPC on"
          + " --rpc-http-port/--rpc-ws-port and the others on free ports (see the banner).",
      "Resumes the chain in --data-path (node i in --data-path/node-i; with --validators 1 the"
          + " one node's database is --data-path itself); --reset starts over."
    })
public final class DevnetCommand implements Callable<Integer> {
  /** Devnet validator keys beyond this are not derived; a bigger network wants real keys. */
  static final int MAX_VALIDATORS = 16;

  @Spec CommandSpec spec;

  @Option(
      names = "--data-path",
      paramLabel = "<DIR>",
      defaultValue = "devnet-data",
      description = "Directory of the devnet's database (default: ./${DEFAULT-VALUE}).")
  Path dataPath;

  @Mixin RpcHttpOptions http;
  @Mixin RpcWsOptions ws;
  @Mixin RpcLimitOptions limits;
  @Mixin WebOptions web;
  @Mixin RelayerOptions relayer;

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
      defaultValue = "4",
      description =
          "Number of validators, each a node in this process (default: ${DEFAULT-VALUE});"
              + " 1 is a single node without P2P.")
  int validators;

  @Option(names = "--reset", description = "Delete the chain in --data-path and start over.")
  boolean reset;

  @Option(
      names = "--demo-lot",
      paramLabel = "<BOOLEAN>",
      arity = "0..1",
      fallbackValue = "true",
      defaultValue = "true",
      description =
          "Trace the demo lot (GTIN 10614141000033, lot DEMO-1) once the chain runs, from farm #2,"
              + " shop #1 and inspector #10 (default: ${DEFAULT-VALUE}).")
  boolean demoLot;

  @Option(
      names = "--jit-warm-up",
      paramLabel = "<BOOLEAN>",
      arity = "0..1",
      fallbackValue = "true",
      defaultValue = "true",
      description =
          "Before opening RPC, drive a throwaway devnet of the same size with benchmark-shaped"
              + " load (15 s for one validator, 30 s for several) so the JVM has compiled the"
              + " node's hot paths before the first client arrives (default: ${DEFAULT-VALUE}).")
  boolean jitWarmUp;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (validators < 1 || validators > MAX_VALIDATORS) {
      throw CliException.usage(
          "--validators must be 1-"
              + MAX_VALIDATORS
              + ", got "
              + validators
              + "; 4 tolerates one fault");
    }
    if (blockPeriod.isZero() || blockPeriod.isNegative()) {
      throw CliException.usage("--block-period must be positive, e.g. 500ms or 1s");
    }
    if (reset) {
      if (DataDirectory.holdsData(dataPath)) {
        DataDirectory.reset(dataPath);
      } else {
        DevnetNodes.reset(dataPath);
      }
    }
    RpcServerConfig rpc =
        RpcConfigs.server(http.config(), ws.config(), limits).withWeb(web.config());
    if (rpc.corsOrigins().isEmpty()) {
      // The devnet alone lets any web page (a dapp on localhost, MetaMask) call it; `run` and the
      // generated networks keep CORS off unless --rpc-http-cors-origins names origins.
      rpc = rpc.withCorsOrigins(List.of("*"));
    }
    return validators == 1 ? runOne(out, rpc) : runSeveral(out, rpc);
  }

  /**
   * Runs the JIT warm-up unless --jit-warm-up=false; after the checks, before the devnet starts.
   */
  private void warmUp(PrintWriter out, RpcServerConfig rpc) {
    if (jitWarmUp) {
      JitWarmUp.run(validators, rpc, out).ifPresent(summary -> out.println(summary.describe()));
      out.flush();
    }
  }

  /** The relayer of --relayer-key-file, else the devnet's published relayer key. */
  private RelayerConfig relayer() {
    return relayer.given() ? relayer.config() : DevnetConfig.relayer();
  }

  private int runOne(PrintWriter out, RpcServerConfig rpc) {
    if (DevnetNodes.holdsData(dataPath)) {
      throw CliException.usage(
          "--data-path "
              + dataPath
              + " holds a devnet of several validators; run without --validators 1, or give"
              + " another --data-path, or add --reset");
    }
    boolean resuming = DataDirectory.holdsData(dataPath);
    warmUp(out, rpc);
    NodeConfig config =
        DevnetConfig.create(
                dataPath, blockPeriod.toMillis(), rpc, http.config().apis(), ws.config().apis())
            .withRelayer(relayer());
    Node node = NodeRunner.start(NodeBuilder.build(config));
    DevnetBanner.print(out, List.of(node), List.of(config), dataPath, resuming);
    if (demoLot) {
      traceDemoLot(out, node);
    }
    NodeRunner.runUntilStopped(node);
    out.println("Devnet stopped at block " + node.chain().head().number() + ".");
    return ExitCodes.OK;
  }

  private int runSeveral(PrintWriter out, RpcServerConfig rpc) {
    if (DataDirectory.holdsData(dataPath)) {
      throw CliException.usage(
          "--data-path "
              + dataPath
              + " holds a single-validator devnet; run with --validators 1, or give another"
              + " --data-path, or add --reset");
    }
    boolean resuming = DevnetNodes.holdsData(dataPath);
    warmUp(out, rpc);
    DevnetNodes nodes =
        DevnetNodes.start(
            dataPath,
            validators,
            blockPeriod.toMillis(),
            rpc,
            http.config().apis(),
            ws.config().apis(),
            relayer());
    DevnetBanner.print(out, nodes.nodes(), nodes.configs(), dataPath, resuming);
    if (demoLot) {
      traceDemoLot(out, nodes.nodes().get(0));
    }
    NodeRunner.runUntilStopped(nodes::close);
    out.println("Devnet stopped at block " + nodes.nodes().get(0).chain().head().number() + ".");
    return ExitCodes.OK;
  }

  /**
   * Traces the demo lot on a thread of its own (it takes a few blocks) and prints its page; a
   * failure is printed and leaves the devnet running.
   */
  private static void traceDemoLot(PrintWriter out, Node node) {
    Thread thread =
        new Thread(
            () -> {
              try {
                DevnetDemoLot.traceOnce(node);
                node.rpc()
                    .ifPresent(
                        rpc ->
                            out.println(
                                "Demo lot traced: " + DevnetDemoLot.pageUrl(rpc.httpPort())));
              } catch (RuntimeException e) {
                out.println("Demo lot not traced: " + e.getMessage());
              }
              out.flush();
            },
            "devnet-demo-lot");
    thread.setDaemon(true);
    thread.start();
  }
}
