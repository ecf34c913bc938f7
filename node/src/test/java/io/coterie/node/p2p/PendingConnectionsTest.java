package io.coterie.node.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.coterie.node.p2p.peer.P2pLimits;
import io.coterie.node.p2p.peer.PeerPermission;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hundreds of sockets that connect and never finish the handshake (some send a few bytes of one, as
 * a slow client would) hold at most the pending-connection bound, do not keep a peer that
 * handshakes out, and are all closed by the Hello deadline.
 */
class PendingConnectionsTest {
  private static final int SOCKETS = 300;
  private static final Duration DEADLINE = Duration.ofSeconds(3);

  @Test
  void idleSocketsAreBoundedAndClosedWhileAPeerStillConnects() throws Exception {
    P2pLimits limits = P2pLimits.DEFAULTS;
    try (TestPeerNode node =
        TestPeerNode.start(
            TestPeerNode.newKey(),
            TestPeerNode.config(0)
                .withTimers(Duration.ofSeconds(1), Duration.ofSeconds(5), DEADLINE)
                .withLimits(limits),
            PeerPermission.ALL)) {
      List<Socket> idle = new ArrayList<>();
      long mostPending = 0;
      try {
        for (int i = 0; i < SOCKETS; i++) {
          Socket socket = new Socket("127.0.0.1", node.enode().port());
          socket.setSoTimeout((int) DEADLINE.toMillis() * 3);
          if (i % 2 == 0) {
            socket.getOutputStream().write(new byte[] {0x01, 0x10, 0x04}); // an EIP-8 prefix
          }
          idle.add(socket);
          mostPending = Math.max(mostPending, node.manager.metrics().pendingConnections());
        }
        assertThat(mostPending).isLessThanOrEqualTo(limits.maxPendingPerAddress());

        long started = System.nanoTime();
        try (TestPeerNode validator = TestPeerNode.start(List.of(node.enode()))) {
          await()
              .atMost(Duration.ofSeconds(10))
              .until(() -> node.manager.isConnected(validator.key.publicKey()));
          System.out.printf(
              "peer connected %d ms after %d idle sockets; node closed %d early to keep within %d"
                  + " pending per address%n",
              (System.nanoTime() - started) / 1_000_000,
              SOCKETS,
              node.manager.metrics().pendingEvicted(),
              limits.maxPendingPerAddress());
          assertThat(node.manager.metrics().pendingConnections())
              .isLessThanOrEqualTo(limits.maxPendingPerAddress());

          for (Socket socket : idle) {
            assertThat(closedByNode(socket)).isTrue();
          }
          await()
              .atMost(Duration.ofSeconds(5))
              .until(() -> node.manager.metrics().pendingConnections() == 0);
          assertThat(node.manager.metrics().pendingEvicted())
              .isGreaterThanOrEqualTo(SOCKETS - limits.maxPendingPerAddress());
          assertThat(node.manager.metrics().timeouts()).isPositive();
          assertThat(node.manager.isConnected(validator.key.publicKey())).isTrue();
        }
      } finally {
        for (Socket socket : idle) {
          socket.close();
        }
      }
    }
  }

  /** Reads until the end of the stream; false if the node left it open past the read timeout. */
  private static boolean closedByNode(Socket socket) throws IOException {
    try {
      while (true) {
        int read = socket.getInputStream().read();
        if (read < 0) {
          return true;
        }
      }
    } catch (SocketTimeoutException e) {
      return false;
    } catch (IOException e) {
      return true; // reset by the node
    }
  }
}
