package io.coterie.node.cli.subcommand;

import io.coterie.node.app.DevnetConfig;
import io.coterie.node.app.Node;
import io.coterie.node.app.NodeBuilder;
import io.coterie.node.app.NodeConfig;
import io.coterie.node.app.RelayerConfig;
import io.coterie.node.cli.NodeRunner;
import io.coterie.node.loadgen.LoadGenerator;
import io.coterie.node.loadgen.Workload;
import io.coterie.node.logging.LogLevels;
import io.coterie.node.rpc.auth.RpcAuthConfig;
import io.coterie.node.rpc.server.RpcServerConfig;
import io.coterie.node.rpc.server.WebConfig;
import io.coterie.node.rpc.tls.RpcTlsConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;

/**
 * Before the devnet opens its RPC, drives a throwaway devnet of the same size (its own temporary
 * directory, ports and chain, on 127.0.0.1) with the load a benchmark sends: fresh senders admitted
 * by the admin, then zero-value native and CPT transfers in batches of 500. The JVM's optimising
 * compiler thus compiles the node's hot paths (JSON, RLP, sender recovery, the pool, QBFT,
 * execution, tries, RocksDB writes) before the first user arrives rather than while it competes
 * with them for the CPU: on the 2-core benchmark machine that compilation is about a third of a
 * cold node's CPU in its first 50,000 transactions.
 *
 * <p>Rounds of {@value #ROUND} transactions (every third of CPT transfers) continue until a round
 * leaves the compiler mostly idle (under {@value #SETTLED_PERCENT} % of the round's time) or
 * {@value #BUDGET_SECONDS} s have passed ({@value #SEVERAL_VALIDATORS_BUDGET_SECONDS} s for several
 * validators), whichever comes first. The throwaway chain is deleted afterwards; nothing of it
 * reaches the devnet's data.
 */
final class JitWarmUp {
  static final int ROUND = 5_000;

  /** One validator's hot paths compile in about this long on two cores. */
  static final int BUDGET_SECONDS = 15;

  /**
   * Several validators in one process add the gossip and proposal-verification paths and share the
   * compiler with four times the work: on two cores C2 is still busy after 15 s, and 30 s of
   * warm-up lifted a four-validator devnet's first run from about 2,800 to 3,600 transactions a
   * second.
   */
  static final int SEVERAL_VALIDATORS_BUDGET_SECONDS = 30;

  static final int SETTLED_PERCENT = 10;
  private static final int SENDERS = 200;
  private static final long BLOCK_PERIOD_MILLIS = 200;

  /** What the warm-up did, for the banner. */
  record Summary(
      int transactions, int rounds, double seconds, double compilerSeconds, Path directory) {
    String describe() {
      return String.format(
          "JIT warm-up: %,d transactions in %d rounds through a throwaway devnet in %.1f s"
              + " (compiler busy %.1f s); --jit-warm-up=false skips it",
          transactions, rounds, seconds, compilerSeconds);
    }
  }

  private JitWarmUp() {}

  /**
   * Runs the warm-up against a throwaway devnet of {@code validators} validators with the RPC
   * limits of {@code rpc}; log lines below WARN are held back meanwhile. Empty, after saying why on
   * {@code out}, when the warm-up failed.
   */
  static Optional<Summary> run(int validators, RpcServerConfig rpc, PrintWriter out) {
    out.println("JIT warm-up: driving a throwaway devnet before this one starts...");
    out.flush();
    Level previous = LogManager.getRootLogger().getLevel();
    LogLevels.setRoot(Level.WARN);
    long start = System.nanoTime();
    double compilerAtStart = compilerSeconds();
    Path dir = null;
    try {
      dir = Files.createTempDirectory("coterie-jit-warm-up-");
      RpcServerConfig local =
          rpc.withHttp(true, "127.0.0.1", 0)
              .withWs(false, "127.0.0.1", 0)
              .withHostAllowlist(List.of("localhost", "127.0.0.1"))
              .withCorsOrigins(List.of())
              .withAuth(RpcAuthConfig.off())
              .withTls(RpcTlsConfig.off())
              .withWeb(WebConfig.off());
      try (Throwaway devnet = Throwaway.start(dir, validators, local)) {
        String http = "http://127.0.0.1:" + devnet.httpPort();
        int sent = 0;
        int rounds = 0;
        long budgetNanos =
            (validators == 1 ? BUDGET_SECONDS : SEVERAL_VALIDATORS_BUDGET_SECONDS) * 1_000_000_000L;
        while (System.nanoTime() - start < budgetNanos) {
          long roundStart = System.nanoTime();
          double compilerBefore = compilerSeconds();
          Workload workload = rounds % 3 == 2 ? Workload.POINTS : Workload.TRANSFERS;
          sent += LoadGenerator.sendUnmeasured(http, workload, ROUND, SENDERS);
          rounds++;
          double roundSeconds = (System.nanoTime() - roundStart) / 1e9;
          if (rounds >= 2
              && (compilerSeconds() - compilerBefore) * 100 < SETTLED_PERCENT * roundSeconds) {
            break;
          }
        }
        return Optional.of(
            new Summary(
                sent,
                rounds,
                (System.nanoTime() - start) / 1e9,
                compilerSeconds() - compilerAtStart,
                dir));
      }
    } catch (Exception e) {
      // A devnet that starts cold is better than none: the warm-up only saves time.
      out.println(
          "JIT warm-up skipped, the devnet starts cold: "
              + e.getMessage()
              + "; --jit-warm-up=false avoids the attempt");
      return Optional.empty();
    } finally {
      LogLevels.setRoot(previous);
      if (dir != null) {
        try {
          ConsortiumOutput.deleteTree(dir);
        } catch (IOException e) {
          out.println("JIT warm-up: could not delete " + dir + ": " + e.getMessage());
        }
      }
    }
  }

  /** Seconds the JIT compilers have spent so far, or 0 where the JVM does not tell. */
  private static double compilerSeconds() {
    CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
    return compiler != null && compiler.isCompilationTimeMonitoringSupported()
        ? compiler.getTotalCompilationTime() / 1e3
        : 0;
  }

  /**
   * The throwaway devnet, {@code httpPort} its first node's: one node as `devnet --validators 1`
   * runs it, or several over P2P.
   */
  private record Throwaway(int httpPort, AutoCloseable closer) implements AutoCloseable {
    static Throwaway start(Path dir, int validators, RpcServerConfig rpc) {
      if (validators == 1) {
        NodeConfig config =
            DevnetConfig.create(dir, BLOCK_PERIOD_MILLIS, rpc)
                .withRelayer(RelayerConfig.disabled());
        Node node = NodeRunner.start(NodeBuilder.build(config));
        return new Throwaway(httpPort(node), node::close);
      }
      DevnetNodes nodes =
          DevnetNodes.start(
              dir,
              validators,
              BLOCK_PERIOD_MILLIS,
              rpc,
              NodeConfig.DEFAULT_APIS,
              NodeConfig.DEFAULT_APIS,
              RelayerConfig.disabled());
      return new Throwaway(httpPort(nodes.nodes().get(0)), nodes);
    }

    private static int httpPort(Node node) {
      return node.rpc().orElseThrow().httpPort();
    }

    @Override
    public void close() throws Exception {
      closer.close();
    }
  }
}
