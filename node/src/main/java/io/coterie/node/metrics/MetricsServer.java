package io.coterie.node.metrics;

import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Prometheus text endpoint at {@code http://host:port/metrics}. */
public final class MetricsServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(MetricsServer.class);

  private final HTTPServer server;

  private MetricsServer(HTTPServer server) {
    this.server = server;
  }

  /**
   * Listens on {@code config}'s host and port; a port in use is an {@link UncheckedIOException}
   * whose message names the address and {@code --metrics-port}.
   */
  public static MetricsServer start(MetricsConfig config, PrometheusRegistry registry) {
    try {
      HTTPServer server =
          HTTPServer.builder()
              .hostname(config.host())
              .port(config.port())
              .registry(registry)
              .buildAndStart();
      LOG.info("Metrics listening host={} port={}", config.host(), server.getPort());
      return new MetricsServer(server);
    } catch (IOException | RuntimeException e) {
      throw new UncheckedIOException(
          new IOException(
              "cannot serve metrics on "
                  + config.host()
                  + ":"
                  + config.port()
                  + " ("
                  + e.getMessage()
                  + "); choose another port with --metrics-port (or --metrics-host), or stop the"
                  + " process using it",
              e));
    }
  }

  /** The bound port (the real one when configured as 0). */
  public int port() {
    return server.getPort();
  }

  @Override
  public void close() {
    server.close();
  }
}
