package io.coterie.chaincode.dao;

/**
 * Makes the {@link VotingPowerSource} of one instance of a {@link VotingSourceKind}, e.g. the card
 * collection with id 0. Modules register one provider per kind in {@link VotingPowerSources}.
 */
@FunctionalInterface
public interface VotingPowerProvider {

  /** The source for instance {@code id} (a collection or program id). */
  VotingPowerSource source(long id);
}
