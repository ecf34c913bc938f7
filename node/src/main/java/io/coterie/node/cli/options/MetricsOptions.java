package io.coterie.node.cli.options;

import java.util.Optional;
import picocli.CommandLine.Option;

/** Prometheus metrics: accepted now so configs written today keep working; not yet active. */
public final class MetricsOptions {
  @Option(
      names = "--metrics-enabled",
      paramLabel = "<BOOLEAN>",
      arity = "0..1",
      fallbackValue = "true",
      description = "Serve Prometheus metrics (not yet active).")
  Boolean enabled;

  @Option(
      names = "--metrics-port",
      paramLabel = "<PORT>",
      description = "Metrics port (not yet active).")
  Integer port;

  public record MetricsConfig(boolean enabled, int port) {
    public static final int DEFAULT_PORT = 9545;
  }

  public MetricsConfig config() {
    return new MetricsConfig(
        enabled != null && enabled, port == null ? MetricsConfig.DEFAULT_PORT : port);
  }

  /** A line telling the operator metrics are not served yet; empty when none were set. */
  public Optional<String> inactiveNotice() {
    if (enabled == null && port == null) {
      return Optional.empty();
    }
    return Optional.of(
        "note: --metrics-enabled and --metrics-port are accepted but not yet active; no metrics"
            + " endpoint is started");
  }
}
