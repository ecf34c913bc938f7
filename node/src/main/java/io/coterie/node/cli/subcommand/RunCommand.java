package io.coterie.node.cli.subcommand;

import io.coterie.genesis.json.GenesisReader;
import io.coterie.genesis.spec.ChainSpec;
import io.coterie.node.app.NetworkConfig;
import io.coterie.node.app.Node;
import io.coterie.node.app.NodeBuilder;
import io.coterie.node.app.NodeConfig;
import io.coterie.node.app.Version;
import io.coterie.node.cli.CliException;
import io.coterie.node.cli.ExitCodes;
import io.coterie.node.cli.NodeRunner;
import io.coterie.node.cli.options.DataOptions;
import io.coterie.node.cli.options.MetricsOptions;
import io.coterie.node.cli.options.P2pOptions;
import io.coterie.node.cli.options.PermissionOptions;
import io.coterie.node.cli.options.RelayerOptions;
import io.coterie.node.cli.options.RpcAuthOptions;
import io.coterie.node.cli.options.RpcConfigs;
import io.coterie.node.cli.options.RpcHttpOptions;
import io.coterie.node.cli.options.RpcLimitOptions;
import io.coterie.node.cli.options.RpcTlsOptions;
import io.coterie.node.cli.options.RpcWsOptions;
import io.coterie.node.cli.options.TxPoolOptions;
import io.coterie.node.cli.options.WebOptions;
import io.coterie.node.metrics.MetricsConfig;
import io.coterie.node.p2p.peer.Enode;
import io.coterie.node.rpc.server.RpcLimits;
import io.coterie.node.txpool.PoolLimits;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code coterie run}: a node of the chain in {@code --genesis-file}. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Runs a node in the foreground until Ctrl-C or SIGTERM.",
      "Each option may also come from COTERIE_<OPTION_NAME> or a --config-file key of the same"
          + " name; the command line wins, then the environment, then the file."
    })
public final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--config-file",
      paramLabel = "<FILE>",
      description = "TOML file of option values (keys are option names without dashes).")
  Path configFile;

  @Mixin DataOptions data;
  @Mixin RpcHttpOptions http;
  @Mixin RpcWsOptions ws;
  @Mixin RpcAuthOptions auth;
  @Mixin RpcTlsOptions tls;
  @Mixin RpcLimitOptions limits;
  @Mixin TxPoolOptions txPool;
  @Mixin P2pOptions p2p;
  @Mixin PermissionOptions permissions;
  @Mixin MetricsOptions metrics;
  @Mixin WebOptions web;
  @Mixin RelayerOptions relayer;

  public DataOptions.DataConfig data() {
    return data.config();
  }

  public RpcHttpOptions.RpcHttpConfig http() {
    return http.config();
  }

  public RpcWsOptions.RpcWsConfig ws() {
    return ws.config();
  }

  public RpcLimits rpcLimits() {
    return limits.limits();
  }

  public TxPoolOptions.TxPoolConfig txPool() {
    return txPool.config();
  }

  public P2pOptions.P2pConfig p2p() {
    return p2p.config();
  }

  public MetricsConfig metrics() {
    return metrics.config();
  }

  /** Builds the node config from the options. */
  public NodeConfig nodeConfig(PrintWriter out) {
    DataOptions.DataConfig dataConfig = data.config();
    if (dataConfig.genesisFile() == null) {
      throw CliException.usage(
          "no genesis: give --genesis-file (or genesis-file in --config-file); for a development"
              + " chain use `coterie devnet`");
    }
    ChainSpec chainSpec = GenesisReader.readValid(dataConfig.genesisFile());
    NodeKeys.Loaded key = NodeKeys.loadOrGenerate(dataConfig.nodeKeyFile());
    if (key.generated()) {
      out.println(
          "Generated node key "
              + dataConfig.nodeKeyFile()
              + " address="
              + NodeKeys.address(key.key()));
    }
    RpcHttpOptions.RpcHttpConfig httpConfig = http.config();
    RpcWsOptions.RpcWsConfig wsConfig = ws.config();
    return new NodeConfig(
        dataConfig.dataPath(),
        chainSpec,
        key.key(),
        RpcConfigs.server(httpConfig, wsConfig, limits, auth.config(), tls.config())
            .withWeb(web.config()),
        httpConfig.apis(),
        txPool.config().minGasPrice(),
        PoolLimits.DEFAULTS,
        Version.NUMBER,
        network(),
        metrics.config(),
        wsConfig.apis(),
        relayer.config());
  }

  private NetworkConfig network() {
    P2pOptions.P2pConfig options = p2p.config();
    NetworkConfig network =
        new NetworkConfig(
            options.enabled(),
            options.host(),
            options.port(),
            enodes("--static-nodes", options.staticNodes()),
            enodes("--bootnodes", options.bootnodes()),
            options.maxPeers(),
            false,
            List.of());
    return permissions
        .nodesAllowlist()
        .map(list -> network.withPermissions(enodes("--permissions-nodes-config-file", list)))
        .orElse(network);
  }

  private static List<Enode> enodes(String option, List<String> urls) {
    List<Enode> out = new ArrayList<>();
    for (String url : urls) {
      try {
        out.add(Enode.parse(url));
      } catch (IllegalArgumentException e) {
        throw CliException.usage(option + ": " + e.getMessage());
      }
    }
    return out;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    NodeConfig config = nodeConfig(out);
    Node node = NodeRunner.start(NodeBuilder.build(config));
    out.println(
        "Coterie "
            + Version.NUMBER
            + " running chain "
            + node.chain().chainId()
            + " at block "
            + node.chain().head().number()
            + node.rpc()
                .filter(rpc -> config.rpc().httpEnabled())
                .map(
                    rpc ->
                        ", JSON-RPC "
                            + (config.rpc().tls().http().enabled() ? "https" : "http")
                            + "://"
                            + config.rpc().httpHost()
                            + ":"
                            + rpc.httpPort()
                            + (config.rpc().auth().http().enabled() ? " (tokens required)" : ""))
                .orElse("")
            + node.metrics()
                .map(
                    m ->
                        ", metrics http://" + config.metrics().host() + ":" + m.port() + "/metrics")
                .orElse(""));
    out.flush();
    NodeRunner.runUntilStopped(node);
    return ExitCodes.OK;
  }
}
