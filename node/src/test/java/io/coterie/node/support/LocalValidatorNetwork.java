package io.coterie.node.support;

import io.coterie.genesis.devnet.DevAccount;
import io.coterie.genesis.devnet.DevnetSpec;
import io.coterie.genesis.spec.ChainSpec;
import io.coterie.genesis.spec.QbftParameters;
import io.coterie.node.app.NetworkConfig;
import io.coterie.node.app.Node;
import io.coterie.node.app.NodeBuilder;
import io.coterie.node.app.NodeConfig;
import io.coterie.node.app.Version;
import io.coterie.node.crypto.NodeKey;
import io.coterie.node.crypto.PrivateKey;
import io.coterie.node.p2p.peer.Enode;
import io.coterie.node.rpc.server.RpcServerConfig;
import io.coterie.node.txpool.PoolLimits;
import io.coterie.node.types.BlockHeader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.BindException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * n devnet validators in one JVM, each a real {@link Node} with its own RocksDB under {@code dir},
 * P2P on 127.0.0.1 (ports chosen free up front, so a stopped node comes back on the same one) and
 * every other node as a static node and on its node allowlist (as is one observer's key). Short
 * QBFT timings keep tests quick.
 */
public final class LocalValidatorNetwork implements AutoCloseable {
  public static final QbftParameters TIMING = new QbftParameters(250, 1_000, 30_000, 250, 4_000);

  /** Every namespace the consensus tests call. */
  public static final List<String> APIS =
      List.of("eth", "net", "web3", "txpool", "qbft", "admin", "perm");

  private final Path dir;
  private final ChainSpec spec;
  private final List<NodeKey> keys = new ArrayList<>();
  private final List<Integer> ports = new ArrayList<>();
  private final Node[] nodes;
  private final NodeKey observerKey =
      new NodeKey(PrivateKey.fromBigInteger(BigInteger.valueOf(0xc0ffeeL)));
  private final int observerPort = freePort();

  private LocalValidatorNetwork(Path dir, int validators) {
    this.dir = dir;
    this.spec =
        DevnetSpec.create(validators, TIMING.blockPeriodMillis()).toBuilder().qbft(TIMING).build();
    for (DevAccount account : DevnetSpec.validatorKeys(validators)) {
      keys.add(new NodeKey(PrivateKey.fromBigInteger(account.privateKey())));
      ports.add(freePort());
    }
    this.nodes = new Node[validators];
  }

  /**
   * Starts all nodes. Ports are picked free and then bound by the nodes, so another process may
   * take one in between: then the whole network starts again on new ports and directories.
   */
  public static LocalValidatorNetwork start(Path dir, int validators) {
    for (int attempt = 1; ; attempt++) {
      LocalValidatorNetwork network =
          new LocalValidatorNetwork(dir.resolve("attempt-" + attempt), validators);
      try {
        for (int i = 0; i < validators; i++) {
          network.start(i);
        }
        return network;
      } catch (Exception e) { // netty rethrows the bind failure undeclared
        network.close();
        if (attempt == 3 || !portTaken(e)) {
          throw new IllegalStateException("the local network did not start", e);
        }
      }
    }
  }

  private static boolean portTaken(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BindException) {
        return true;
      }
    }
    return false;
  }

  public synchronized void start(int index) {
    if (nodes[index] != null) {
      throw new IllegalStateException("node " + index + " is running");
    }
    List<Enode> others = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      if (i != index) {
        others.add(enode(i));
      }
    }
    List<Enode> everyone = new ArrayList<>();
    IntStream.range(0, keys.size()).mapToObj(this::enode).forEach(everyone::add);
    everyone.add(new Enode(observerKey.publicKey(), "127.0.0.1", observerPort));
    RpcServerConfig rpc =
        RpcServerConfig.defaults().withHttp(true, "127.0.0.1", 0).withWs(true, "127.0.0.1", 0);
    NodeConfig config =
        new NodeConfig(
            dir.resolve("node-" + index),
            spec,
            keys.get(index),
            rpc,
            APIS,
            BigInteger.ZERO,
            PoolLimits.DEFAULTS,
            Version.NUMBER,
            NetworkConfig.of("127.0.0.1", ports.get(index), others).withPermissions(everyone));
    Node node = NodeBuilder.build(config);
    try {
      nodes[index] = node.start();
    } catch (Exception e) { // also the bind failure netty throws undeclared
      node.close();
      throw e;
    }
  }

  /**
   * A node that is no validator (an auditor's), on an empty data directory {@code dataDir}, with
   * every validator as a static node; the caller closes it.
   */
  public Node startObserver(Path dataDir) {
    return startObserver(dataDir, observerKey, observerPort);
  }

  /**
   * A node like {@link #startObserver(Path)} but with its own {@code key}, which is on no node's
   * allowlist (unless the chain's list names it), on a free port; the caller closes it.
   */
  public Node startOutsider(Path dataDir, NodeKey key) {
    return startObserver(dataDir, key, freePort());
  }

  private Node startObserver(Path dataDir, NodeKey key, int port) {
    List<Enode> validators = IntStream.range(0, keys.size()).mapToObj(this::enode).toList();
    RpcServerConfig rpc =
        RpcServerConfig.defaults().withHttp(true, "127.0.0.1", 0).withWs(true, "127.0.0.1", 0);
    return NodeBuilder.build(
            new NodeConfig(
                dataDir,
                spec,
                key,
                rpc,
                APIS,
                BigInteger.ZERO,
                PoolLimits.DEFAULTS,
                Version.NUMBER,
                NetworkConfig.of("127.0.0.1", port, validators)))
        .start();
  }

  /** Node {@code index}'s key, which is also its validator key. */
  public NodeKey key(int index) {
    return keys.get(index);
  }

  /** The key of {@link #startObserver}'s node: no validator's, but on every node's allowlist. */
  public NodeKey observerKey() {
    return observerKey;
  }

  /** Node {@code index}'s enode URL (its port is fixed for the network's life). */
  public Enode enode(int index) {
    return new Enode(keys.get(index).publicKey(), "127.0.0.1", ports.get(index));
  }

  public synchronized void stop(int index) {
    nodes[index].close();
    nodes[index] = null;
  }

  public synchronized Node node(int index) {
    Node node = nodes[index];
    if (node == null) {
      throw new IllegalStateException("node " + index + " is stopped");
    }
    return node;
  }

  public synchronized List<Node> running() {
    return Stream.of(nodes).filter(n -> n != null).toList();
  }

  public long minHead() {
    return running().stream().mapToLong(n -> n.chain().head().number()).min().orElse(0);
  }

  public long maxHead() {
    return running().stream().mapToLong(n -> n.chain().head().number()).max().orElse(0);
  }

  /** Heights 0 .. lowest running head where two running nodes hold different headers. */
  public List<Long> disagreements() {
    List<Node> running = running();
    long upTo = minHead();
    return IntStream.rangeClosed(0, (int) upTo)
        .mapToObj(n -> (long) n)
        .filter(
            number -> {
              List<BlockHeader> headers =
                  running.stream()
                      .map(node -> node.chain().headerByNumber(number).orElseThrow())
                      .toList();
              return headers.stream()
                  .anyMatch(
                      h ->
                          !running
                                  .get(0)
                                  .chain()
                                  .hash(h)
                                  .equals(running.get(0).chain().hash(headers.get(0)))
                              || !h.stateRoot().equals(headers.get(0).stateRoot()));
            })
        .toList();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized void close() {
    for (int i = 0; i < nodes.length; i++) {
      if (nodes[i] != null) {
        stop(i);
      }
    }
  }
}
