package io.coterie.node.metrics;

import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.function.LongSupplier;

/**
 * Registers metrics whose value is read from a supplier at each scrape. Counter names are given
 * without {@code _total}: the exposition adds it.
 */
final class Callbacks {
  private Callbacks() {}

  static void counter(PrometheusRegistry registry, String name, String help, LongSupplier value) {
    CounterWithCallback.builder()
        .name(name)
        .help(help)
        .callback(callback -> callback.call(value.getAsLong()))
        .register(registry);
  }

  static void gauge(PrometheusRegistry registry, String name, String help, LongSupplier value) {
    GaugeWithCallback.builder()
        .name(name)
        .help(help)
        .callback(callback -> callback.call(value.getAsLong()))
        .register(registry);
  }
}
