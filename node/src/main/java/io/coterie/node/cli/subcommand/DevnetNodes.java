package io.coterie.node.cli.subcommand;

import io.coterie.genesis.devnet.DevAccount;
import io.coterie.genesis.devnet.DevnetSpec;
import io.coterie.genesis.spec.ChainSpec;
import io.coterie.node.app.NetworkConfig;
import io.coterie.node.app.Node;
import io.coterie.node.app.NodeBuilder;
import io.coterie.node.app.NodeConfig;
import io.coterie.node.app.RelayerConfig;
import io.coterie.node.app.Version;
import io.coterie.node.cli.CliException;
import io.coterie.node.cli.NodeRunner;
import io.coterie.node.crypto.NodeKey;
import io.coterie.node.crypto.PrivateKey;
import io.coterie.node.p2p.peer.Enode;
import io.coterie.node.p2p.peer.PeerManager;
import io.coterie.node.rpc.server.RpcServerConfig;
import io.coterie.node.txpool.PoolLimits;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A devnet of several validators in one process: node i keeps its database in {@code
 * dataPath/node-i} and talks QBFT to the others over P2P on 127.0.0.1. Node 0 serves RPC on the
 * requested ports; the others on ephemeral ones, so several devnets never fight over ports.
 *
 * <p>Every node binds P2P to port 0 and, once all are listening, is given the others' bound
 * addresses as static peers. Picking free ports first and binding them later would race with any
 * other process taking one of them in between.
 */
record DevnetNodes(List<Node> nodes, List<NodeConfig> configs) implements AutoCloseable {
  private static final Pattern NODE_DIR = Pattern.compile("node-\\d+");

  static Path nodeDir(Path dataPath, int index) {
    return dataPath.resolve("node-" + index);
  }

  /** Builds and starts every node; if one fails, closes those already started. */
  static DevnetNodes start(
      Path dataPath,
      int validators,
      long blockPeriodMillis,
      RpcServerConfig rpc,
      List<String> httpApis,
      List<String> wsApis,
      RelayerConfig relayer) {
    ChainSpec spec = DevnetSpec.create(validators, blockPeriodMillis);
    List<NodeKey> keys = new ArrayList<>();
    for (DevAccount account : DevnetSpec.validatorKeys(validators)) {
      keys.add(new NodeKey(PrivateKey.fromBigInteger(account.privateKey())));
    }
    List<NodeConfig> configs = new ArrayList<>();
    for (int i = 0; i < validators; i++) {
      RpcServerConfig nodeRpc =
          i == 0
              ? rpc
              : rpc.withHttp(rpc.httpEnabled(), rpc.httpHost(), 0)
                  .withWs(rpc.wsEnabled(), rpc.wsHost(), 0);
      configs.add(
          new NodeConfig(
                  nodeDir(dataPath, i),
                  spec,
                  keys.get(i),
                  nodeRpc,
                  httpApis,
                  BigInteger.ZERO,
                  PoolLimits.DEFAULTS,
                  Version.NUMBER,
                  NetworkConfig.of("127.0.0.1", 0, List.of()))
              .withRpcWsApis(wsApis)
              .withRelayer(i == 0 ? relayer : RelayerConfig.disabled()));
    }
    List<Node> started = new ArrayList<>();
    try {
      for (NodeConfig config : configs) {
        started.add(NodeRunner.start(NodeBuilder.build(config)));
      }
      connect(started);
    } catch (RuntimeException e) {
      started.forEach(Node::close);
      throw e;
    }
    return new DevnetNodes(List.copyOf(started), List.copyOf(configs));
  }

  /** Whether {@code dataPath} holds a several-validator devnet (node-0, node-1, …). */
  static boolean holdsData(Path dataPath) {
    return DataDirectory.holdsData(nodeDir(dataPath, 0));
  }

  /**
   * Deletes every node's database and its node-i directory. Refuses, deleting nothing, when {@code
   * dataPath} holds anything else.
   */
  static void reset(Path dataPath) {
    if (!Files.isDirectory(dataPath)) {
      DataDirectory.reset(dataPath);
      return;
    }
    List<Path> entries;
    try (Stream<Path> list = Files.list(dataPath)) {
      entries = list.toList();
    } catch (IOException e) {
      throw CliException.failed("cannot list " + dataPath + ": " + e.getMessage());
    }
    for (Path entry : entries) {
      if (!Files.isDirectory(entry)
          || !NODE_DIR.matcher(entry.getFileName().toString()).matches()) {
        throw CliException.usage(
            "refusing to --reset "
                + dataPath
                + ": it does not look like a Coterie devnet directory (it holds "
                + entry.getFileName()
                + "); check --data-path and --validators, or delete the directory yourself");
      }
    }
    for (Path entry : entries) {
      DataDirectory.reset(entry);
      try {
        Files.deleteIfExists(entry);
      } catch (IOException e) {
        throw CliException.failed("cannot delete " + entry + " during --reset: " + e.getMessage());
      }
    }
  }

  /** Each node dials every other at its bound address, and redials it whenever they part. */
  private static void connect(List<Node> nodes) {
    List<Enode> enodes = nodes.stream().map(n -> peers(n).localEnode()).toList();
    for (int i = 0; i < nodes.size(); i++) {
      for (int j = 0; j < nodes.size(); j++) {
        if (j != i) {
          peers(nodes.get(i)).addPeer(enodes.get(j));
        }
      }
    }
  }

  private static PeerManager peers(Node node) {
    return node.peers()
        .orElseThrow(() -> new IllegalStateException("a devnet node is built with P2P enabled"));
  }

  /** Closes in reverse start order. */
  @Override
  public void close() {
    for (int i = nodes.size() - 1; i >= 0; i--) {
      nodes.get(i).close();
    }
  }
}
