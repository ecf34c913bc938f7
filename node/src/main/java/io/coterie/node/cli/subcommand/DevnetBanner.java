package io.coterie.node.cli.subcommand;

import io.coterie.genesis.devnet.DevAccount;
import io.coterie.genesis.devnet.DevnetSpec;
import io.coterie.genesis.spec.GenesisAddress;
import io.coterie.node.app.Node;
import io.coterie.node.app.NodeConfig;
import io.coterie.node.rpc.server.RpcServer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the devnet prints on start, as Hardhat does: endpoints, chain id and the dev accounts. */
final class DevnetBanner {
  private DevnetBanner() {}

  static void print(
      PrintWriter out,
      List<Node> nodes,
      List<NodeConfig> configs,
      Path dataPath,
      boolean resuming) {
    Node node = nodes.get(0);
    NodeConfig config = configs.get(0);
    RpcServer rpc = node.rpc().orElseThrow();
    out.println();
    out.println(
        (resuming ? "Resumed" : "Started")
            + " Coterie devnet in "
            + dataPath.toAbsolutePath().normalize()
            + " at block "
            + node.chain().head().number());
    if (config.rpc().httpEnabled()) {
      out.println("  JSON-RPC HTTP:      http://" + config.rpc().httpHost() + ":" + rpc.httpPort());
    }
    if (config.rpc().wsEnabled()) {
      out.println("  JSON-RPC WebSocket: ws://" + config.rpc().wsHost() + ":" + rpc.wsPort());
    }
    out.println("  Chain id:           " + node.chain().chainId());
    out.println("  Block period:       " + config.chainSpec().qbft().blockPeriodMillis() + " ms");
    out.println("  Validators:         " + nodes.size());
    if (nodes.size() > 1) {
      printNodes(out, nodes, configs);
    }
    out.println();
    out.println("Accounts (" + DevnetSpec.COINS_PER_ACCOUNT + " coins each)");
    out.println("========");
    out.println();
    out.println("WARNING: These accounts and their private keys are publicly known.");
    out.println("Any funds sent to them on a public network WILL BE LOST.");
    out.println();
    Map<String, List<GenesisAddress>> roles = config.chainSpec().precompiles().roles();
    for (DevAccount account : DevnetSpec.accounts()) {
      out.println(
          "Account #"
              + account.index()
              + ": "
              + account.checksumAddress()
              + " ("
              + String.join(", ", rolesOf(account.address(), roles))
              + ")");
      out.println("Private Key: " + account.privateKeyHex());
      out.println();
    }
    if (config.rpc().httpEnabled()) {
      printWallet(out, node.chain().chainId(), config.rpc().httpHost(), rpc.httpPort());
    }
    out.println("Stop with Ctrl-C; the chain is kept and resumes on the next start.");
    out.flush();
  }

  /**
   * MetaMask's (EIP-3085) call that adds the devnet to a wallet, to paste into the console of a
   * page where the wallet is active. The devnet accepts any CORS origin, so the page may be any.
   */
  private static void printWallet(PrintWriter out, long chainId, String host, int port) {
    out.println("Add it to MetaMask (paste into the browser console of any page):");
    out.println(
        "  await ethereum.request({method: \"wallet_addEthereumChain\", params: [{"
            + "chainId: \"0x"
            + Long.toHexString(chainId)
            + "\", chainName: \"Coterie devnet\", rpcUrls: [\"http://"
            + host
            + ":"
            + port
            + "\"], nativeCurrency: {name: \"Coterie coin\", symbol: \"COT\", decimals: 18}}]})");
    out.println();
  }

  private static void printNodes(PrintWriter out, List<Node> nodes, List<NodeConfig> configs) {
    out.println();
    out.println("Nodes (each a QBFT validator; node 0 serves the endpoints above)");
    for (int i = 0; i < nodes.size(); i++) {
      RpcServer rpc = nodes.get(i).rpc().orElseThrow();
      NodeConfig config = configs.get(i);
      StringBuilder line = new StringBuilder("  node " + i + ":");
      if (config.rpc().httpEnabled()) {
        line.append(" http://").append(config.rpc().httpHost()).append(':').append(rpc.httpPort());
      }
      if (config.rpc().wsEnabled()) {
        line.append(" ws://").append(config.rpc().wsHost()).append(':').append(rpc.wsPort());
      }
      nodes.get(i).peers().ifPresent(p -> line.append(" p2p ").append(p.localAddress().getPort()));
      line.append(" data ").append(config.dataPath().getFileName());
      out.println(line);
    }
  }

  private static List<String> rolesOf(
      GenesisAddress address, Map<String, List<GenesisAddress>> roles) {
    List<String> held = new ArrayList<>();
    roles.forEach(
        (role, holders) -> {
          if (holders.contains(address)) {
            held.add(role.replaceFirst("_ROLE$", ""));
          }
        });
    return held.isEmpty() ? List.of("no role") : held;
  }
}
