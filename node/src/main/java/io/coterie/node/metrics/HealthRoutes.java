package io.coterie.node.metrics;

import io.coterie.node.rpc.server.WebRequest;
import io.coterie.node.rpc.server.WebResponse;
import io.coterie.node.rpc.server.WebRoutes;
import io.coterie.node.sync.SyncStatus;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * Besu's health probes on the RPC HTTP port, answered before any token is asked for and telling
 * nothing but UP or DOWN: {@code GET /liveness} is 200 while the process serves, {@code GET
 * /readiness} is 200 when the node has at least {@code ?minPeers=} peers (default 1; not checked
 * with P2P off) and, while syncing, is at most {@code ?maxBlocksBehind=} blocks (default 2) behind
 * the highest block a peer announced; else 503.
 */
public final class HealthRoutes implements WebRoutes {
  static final String LIVENESS = "/liveness";
  static final String READINESS = "/readiness";
  static final int DEFAULT_MIN_PEERS = 1;
  static final int DEFAULT_MAX_BLOCKS_BEHIND = 2;
  private static final String JSON = "application/json";

  private final Supplier<OptionalInt> peerCount;
  private final Supplier<Optional<SyncStatus>> syncing;

  /**
   * {@code peerCount} is empty when P2P is off; {@code syncing} is empty when the node is not
   * catching up with a peer ahead.
   */
  public HealthRoutes(Supplier<OptionalInt> peerCount, Supplier<Optional<SyncStatus>> syncing) {
    this.peerCount = peerCount;
    this.syncing = syncing;
  }

  @Override
  public boolean serves(String path) {
    return path.equals(LIVENESS) || path.equals(READINESS);
  }

  @Override
  public WebResponse answer(WebRequest request) {
    if (request.path().equals(LIVENESS)) {
      return status(true);
    }
    int minPeers;
    int maxBehind;
    try {
      minPeers = parameter(request, "minPeers", DEFAULT_MIN_PEERS);
      maxBehind = parameter(request, "maxBlocksBehind", DEFAULT_MAX_BLOCKS_BEHIND);
    } catch (IllegalArgumentException e) {
      return WebResponse.text(
          400, JSON, "{\"status\":\"DOWN\",\"error\":\"" + e.getMessage() + "\"}");
    }
    return status(ready(minPeers, maxBehind));
  }

  private boolean ready(int minPeers, int maxBehind) {
    OptionalInt peers = peerCount.get();
    if (peers.isPresent() && peers.getAsInt() < minPeers) {
      return false;
    }
    return syncing.get().map(s -> s.highestBlock() - s.currentBlock() <= maxBehind).orElse(true);
  }

  private static int parameter(WebRequest request, String name, int fallback) {
    Optional<String> raw = request.parameter(name);
    if (raw.isEmpty()) {
      return fallback;
    }
    String text = raw.get();
    if (!text.matches("[0-9]{1,9}")) {
      throw new IllegalArgumentException(
          name + " must be a whole number from 0, e.g. /readiness?" + name + "=" + fallback);
    }
    return Integer.parseInt(text);
  }

  private static WebResponse status(boolean up) {
    return WebResponse.text(
        up ? 200 : 503, JSON, up ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
  }
}
