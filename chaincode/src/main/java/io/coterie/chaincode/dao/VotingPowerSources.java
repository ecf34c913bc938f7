package io.coterie.chaincode.dao;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where modules offer voting power to the governor: the membership module registers the {@link
 * VotingSourceKind#CARD_COLLECTION} provider, the loyalty module the {@link
 * VotingSourceKind#POINTS_PROGRAM} one. Published by {@link DaoModule#register} in the {@link
 * io.coterie.chaincode.spi.ServiceRegistry}; providers register in their module's {@code register}
 * or {@code start}. Thread-safe: lookups may come from any executing thread.
 */
public final class VotingPowerSources {
  private final Map<VotingSourceKind, VotingPowerProvider> providers =
      new EnumMap<>(VotingSourceKind.class);

  /**
   * Registers the provider of {@code kind}.
   *
   * @throws IllegalStateException if {@code kind} already has one
   */
  public synchronized void register(VotingSourceKind kind, VotingPowerProvider provider) {
    Objects.requireNonNull(provider, "provider");
    VotingPowerProvider previous = providers.putIfAbsent(kind, provider);
    if (previous != null) {
      throw new IllegalStateException(
          "voting power of kind %s is already provided by %s; register each kind once"
              .formatted(kind, previous.getClass().getName()));
    }
  }

  /** The source for {@code source}, or empty when no module provides its kind. */
  public synchronized Optional<VotingPowerSource> find(VotingSource source) {
    return Optional.ofNullable(providers.get(source.kind())).map(p -> p.source(source.id()));
  }
}
