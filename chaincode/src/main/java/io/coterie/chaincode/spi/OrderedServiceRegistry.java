package io.coterie.chaincode.spi;

import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Services keyed by type name in a sorted map, so any iteration order is the same everywhere. */
final class OrderedServiceRegistry implements ServiceRegistry {
  private final SortedMap<String, Object> services = new TreeMap<>();

  @Override
  public <T> Optional<T> find(Class<T> type) {
    return Optional.ofNullable(services.get(type.getName())).map(type::cast);
  }

  @Override
  public <T> void add(Class<T> type, T service) {
    Objects.requireNonNull(service, "service");
    Object previous = services.putIfAbsent(type.getName(), type.cast(service));
    if (previous != null) {
      throw new IllegalStateException(
          "a service for %s is already registered (%s); register each service type once"
              .formatted(type.getName(), previous.getClass().getName()));
    }
  }

  @Override
  public String toString() {
    return "ServiceRegistry" + services.keySet();
  }
}
