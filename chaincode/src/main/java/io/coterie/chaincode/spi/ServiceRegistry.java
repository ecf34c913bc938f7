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
   * Publishes {@code service} under {@code type}.
   *
   * @throws IllegalStateException if a service is already published under {@code type}
   */
  <T> void add(Class<T> type, T service);
}
