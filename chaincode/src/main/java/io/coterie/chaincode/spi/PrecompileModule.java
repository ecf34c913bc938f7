package io.coterie.chaincode.spi;

import java.util.List;

/**
 * A unit of chaincode found by {@link java.util.ServiceLoader} (listed in {@code
 * META-INF/services/io.coterie.chaincode.spi.PrecompileModule}; needs a public no-argument
 * constructor).
 *
 * <p>Lifecycle, driven by the host: every module's {@link #register} in name order (so modules can
 * publish services such as readers), then every {@link #start} in name order (modules may now
 * {@link ServiceRegistry#find} services of others), then {@link #precompiles}; at shutdown {@link
 * #stop} in reverse order. Modules hold no chain state: that lives in {@link WorldStorage}.
 */
public interface PrecompileModule {

  /** Unique stable name; the load order sorts by it. */
  String name();

  /** Publishes this module's services for the node and other modules. */
  void register(ServiceRegistry registry);

  /** Called once after all modules registered. */
  void start();

  /** Called once at shutdown, in reverse start order. */
  void stop();

  /** The precompiles this module serves; valid after {@link #start}. */
  List<Precompile> precompiles();
}
