package io.coterie.node.cli.options;

import io.coterie.node.metrics.MetricsConfig;
import picocli.CommandLine.Option;

/** The Prometheus endpoint, with Besu's option names. */
public final class MetricsOptions {
  @Option(
      names = "--metrics-enabled",
      paramLabel = "<BOOLEAN>",
      arity = "0..1",
      fallbackValue = "true",
      defaultValue = "false",
      description =
          "Serve Prometheus metrics at http://HOST:PORT/metrics (default: ${DEFAULT-VALUE}).")
  boolean enabled;

  @Option(
      names = "--metrics-host",
      paramLabel = "<HOST>",
      defaultValue = MetricsConfig.DEFAULT_HOST,
      description = "Interface the metrics endpoint listens on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--metrics-port",
      paramLabel = "<PORT>",
      defaultValue = "" + MetricsConfig.DEFAULT_PORT,
      description = "Metrics port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  public MetricsConfig config() {
    return new MetricsConfig(enabled, host, port);
  }
}
