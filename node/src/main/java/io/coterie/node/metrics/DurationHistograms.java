package io.coterie.node.metrics;

import io.coterie.node.chain.BlockImporter;
import io.coterie.node.consensus.qbft.statemachine.QbftMetrics;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;

/**
 * The timed series (block import, QBFT height, RPC method latency) as classic histograms in
 * seconds, and the JVM and process series of the Prometheus JVM instrumentation.
 */
public final class DurationHistograms {
  private static final double NANOS_PER_SECOND = 1e9;

  private DurationHistograms() {}

  /** {@code jvm_memory_used_bytes}, {@code jvm_gc_collection_seconds}, {@code process_*}, ... */
  public static void registerJvm(PrometheusRegistry registry) {
    JvmMetrics.builder().register(registry);
  }

  public static void registerBlockImport(PrometheusRegistry registry, BlockImporter importer) {
    Histogram histogram =
        seconds(
                "coterie_block_import_duration_seconds",
                "Time to commit an executed block: write batch and head advance")
            .register(registry);
    importer.timeImportsWith(nanos -> histogram.observe(nanos / NANOS_PER_SECOND));
  }

  public static void registerQbftHeights(PrometheusRegistry registry, QbftMetrics qbft) {
    Histogram histogram =
        seconds(
                "coterie_qbft_height_duration_seconds",
                "Time from the start of a height to this validator's commit of its block")
            .register(registry);
    qbft.timeHeightsWith(nanos -> histogram.observe(nanos / NANOS_PER_SECOND));
  }

  /** {@code coterie_rpc_request_duration_seconds{method}}, for {@link TimedMethods}. */
  static Histogram rpcLatency(PrometheusRegistry registry) {
    return seconds(
            "coterie_rpc_request_duration_seconds",
            "Time a JSON-RPC method ran, by method (other: a name not registered)")
        .labelNames("method")
        .register(registry);
  }

  private static Histogram.Builder seconds(String name, String help) {
    return Histogram.builder().name(name).help(help).unit(Unit.SECONDS).classicOnly();
  }
}
