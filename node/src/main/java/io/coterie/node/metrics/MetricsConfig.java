package io.coterie.node.metrics;

import java.util.Objects;

/** Whether and where the Prometheus endpoint listens; port 0 picks a free one. */
public record MetricsConfig(boolean enabled, String host, int port) {
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 9545;

  public MetricsConfig {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException(
          "metrics port " + port + " is out of range; give --metrics-port between 0 and 65535");
    }
  }

  public static MetricsConfig disabled() {
    return new MetricsConfig(false, DEFAULT_HOST, DEFAULT_PORT);
  }

  public static MetricsConfig enabled(String host, int port) {
    return new MetricsConfig(true, host, port);
  }
}
