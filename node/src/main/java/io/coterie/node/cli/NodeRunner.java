package io.coterie.node.cli;

import io.coterie.node.app.Node;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Runs a started node in the foreground until SIGTERM or Ctrl-C, then closes it (production first,
 * then RPC, then storage) and returns, so the process exits 0 after a requested stop. A shutdown
 * hook closes the node too, for any other way the JVM ends.
 */
public final class NodeRunner {
  private static final Logger LOG = LoggerFactory.getLogger(NodeRunner.class);

  private NodeRunner() {}

  /** Starts a built node; on failure closes it, so its database is not left locked. */
  public static Node start(Node node) {
    try {
      return node.start();
    } catch (RuntimeException e) {
      node.close();
      throw e;
    }
  }

  public static void runUntilStopped(Node node) {
    runUntilStopped((Runnable) node::close);
  }

  /** As {@link #runUntilStopped(Node)} for whatever {@code close} stops (several devnet nodes). */
  public static void runUntilStopped(Runnable close) {
    CountDownLatch stop = new CountDownLatch(1);
    Thread hook = new Thread(close, "coterie-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    for (String name : new String[] {"TERM", "INT"}) {
      try {
        Signal.handle(
            new Signal(name),
            signal -> {
              LOG.info("Stopping signal={}", signal.getName());
              stop.countDown();
            });
      } catch (IllegalArgumentException e) {
        // The platform lacks this signal or the JVM reserved it; the shutdown hook still closes.
        LOG.debug("Signal not handled signal={} reason={}", name, e.getMessage());
      }
    }
    try {
      stop.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    close.run();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // Already shutting down: the hook runs and finds the node closed.
    }
  }
}
