package io.coterie.node.metrics;

import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.MethodLookup;
import io.coterie.node.rpc.method.RequestScope;
import io.coterie.node.rpc.method.RpcMethod;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Optional;
import java.util.Set;

/**
 * A method lookup whose methods observe how long each call ran into {@code
 * coterie_rpc_request_duration_seconds{method}}. The label is the name of a method the registry
 * holds, else {@code other}, so a client cannot grow the label set.
 */
public final class TimedMethods implements MethodLookup {
  static final String OTHER = "other";
  private static final double NANOS_PER_SECOND = 1e9;

  private final MethodLookup methods;
  private final Set<String> registered;
  private final Histogram latency;

  private TimedMethods(MethodLookup methods, Set<String> registered, Histogram latency) {
    this.methods = methods;
    this.registered = Set.copyOf(registered);
    this.latency = latency;
  }

  /** Registers the histogram once; {@link #wrap} then shares it between lookups. */
  public static Timer timer(PrometheusRegistry registry) {
    return new Timer(DurationHistograms.rpcLatency(registry));
  }

  /** The latency histogram, shared by the lookups of every RPC transport. */
  public static final class Timer {
    private final Histogram latency;

    private Timer(Histogram latency) {
      this.latency = latency;
    }

    /** {@code methods}, timed; {@code registered} are the names that get a label of their own. */
    public MethodLookup wrap(MethodLookup methods, Set<String> registered) {
      return new TimedMethods(methods, registered, latency);
    }
  }

  @Override
  public Optional<RpcMethod> find(String name) {
    return methods.find(name).map(this::timed);
  }

  @Override
  public Set<String> enabledNamespaces() {
    return methods.enabledNamespaces();
  }

  private RpcMethod timed(RpcMethod method) {
    String label = registered.contains(method.name()) ? method.name() : OTHER;
    return new RpcMethod() {
      @Override
      public String name() {
        return method.name();
      }

      @Override
      public String namespace() {
        return method.namespace();
      }

      @Override
      public Object execute(RpcParams params) {
        return execute(params, RequestScope.local());
      }

      @Override
      public Object execute(RpcParams params, RequestScope scope) {
        long started = System.nanoTime();
        try {
          return method.execute(params, scope);
        } finally {
          latency.labelValues(label).observe((System.nanoTime() - started) / NANOS_PER_SECOND);
        }
      }
    };
  }
}
