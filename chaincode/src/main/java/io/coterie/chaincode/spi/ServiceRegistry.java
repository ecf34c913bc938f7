package io.coterie.chaincode.spi;

import java.util.Optional;

/**
 * Typed services that modules publish for the node and for each other (e.g. a roles reader used by
 * account permissioning). One instance per service type.
 */
public interface ServiceRegistry {

  /** A new empty registry with deterministic iteration (by type name). */
  static ServiceRegistry create() {
    return new OrderedServiceRegistry();
  }

  /** The service published for {@code type}, if any. */
  <T> Optional<T> find(Class<T> type);

  /**
   * The service published for {@code type} by module {@code module}, which {@code neededBy} cannot
   * start without.
   *
   * @throws IllegalStateException naming both modules and the fix, when it is missing
   */
  default <T> T require(Class<T> type, String module, String neededBy) {
    return find(type)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "the %s module needs the %s module's %s; put the %s module on the class path"
                        .formatted(neededBy, module, type.getSimpleName(), module)));
  }

  /**
   * Publishes {@code service} under {@code type}.
   *
   * @throws IllegalStateException if a service is already published under {@code type}
   */
  <T> void add(Class<T> type, T service);
}
