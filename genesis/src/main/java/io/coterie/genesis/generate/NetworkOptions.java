package io.coterie.genesis.generate;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to generate. Node {@code i} (from 0) listens on {@code basePort + 10 i} (JSON-RPC HTTP),
 * {@code +1} (WebSocket), {@code +2} (P2P) and {@code +3} (metrics).
 */
public record NetworkOptions(int validators, Path outDir, int basePort, long chainId) {
  public static final int DEFAULT_BASE_PORT = 8545;
  public static final int PORT_STRIDE = 10;

  public NetworkOptions {
    Objects.requireNonNull(outDir, "outDir");
  }

  public static NetworkOptions of(int validators, Path outDir, long chainId) {
    return new NetworkOptions(validators, outDir, DEFAULT_BASE_PORT, chainId);
  }

  public int rpcHttpPort(int node) {
    return basePort + PORT_STRIDE * node;
  }

  public int rpcWsPort(int node) {
    return rpcHttpPort(node) + 1;
  }

  public int p2pPort(int node) {
    return rpcHttpPort(node) + 2;
  }

  public int metricsPort(int node) {
    return rpcHttpPort(node) + 3;
  }
}
