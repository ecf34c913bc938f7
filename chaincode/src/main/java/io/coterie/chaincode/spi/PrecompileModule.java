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
 *
 * <p>Versions: a module's rules change only under a new version number, which a chain activates at
 * a block height of its genesis ({@link VersionTransition}). A binary keeps every version from 1
 * (the original rules) to {@link #latestVersion()}, so blocks executed under an old version
 * re-execute the same way after an upgrade. Version 0, which no module implements, means "not
 * active": the module serves no address (see {@link VersionedPrecompiles}).
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

  /** The precompiles this module serves at version 1; valid after {@link #start}. */
  List<Precompile> precompiles();

  /** The newest version this binary carries (it carries every version from 1 up to it). */
  default int latestVersion() {
    return 1;
  }

  /**
   * The precompiles this module serves at {@code version}, from 1 to {@link #latestVersion()};
   * valid after {@link #start}. Version 1 is {@link #precompiles()}.
   *
   * @throws IllegalArgumentException for a version outside 1..{@link #latestVersion()}
   */
  default List<Precompile> precompiles(int version) {
    if (version != 1) {
      throw new IllegalArgumentException(
          "chaincode module '%s' has version 1 only, not %d".formatted(name(), version));
    }
    return precompiles();
  }
}
