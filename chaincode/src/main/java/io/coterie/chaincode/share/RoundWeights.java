package io.coterie.chaincode.share;

import io.coterie.chaincode.dao.VotingPowerSource;
import io.coterie.chaincode.dao.VotingPowerSources;
import io.coterie.chaincode.dao.VotingSource;
import io.coterie.chaincode.dao.VotingSourceKind;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.WorldStorage;
import java.math.BigInteger;
import java.util.Optional;

/**
 * A member's weight in a round: the listed weight, or the member's ERC-5805 votes at the round's
 * snapshot (a past block, so the answer never changes). The total of a snapshot round is the
 * source's past total supply: units nobody had delegated at the snapshot count in the total but for
 * no member, so their share stays unclaimed and goes back to the funder with the remainder.
 */
final class RoundWeights {
  private final VotingPowerSources sources;

  RoundWeights(VotingPowerSources sources) {
    this.sources = sources;
  }

  /** The voting power of {@code source} / {@code sourceId}, if a module provides its kind. */
  Optional<VotingPowerSource> votes(VotingSourceKind kind, long sourceId) {
    return sources.find(new VotingSource(kind, sourceId));
  }

  /** {@code member}'s weight in {@code round}; {@code storage} charges its reads. */
  BigInteger weightOf(WorldStorage storage, RoundStore store, Round round, ChainAddress member) {
    Optional<VotingSourceKind> kind = round.source().votingKind();
    if (kind.isEmpty()) {
      return store.listedWeight(round.id(), member);
    }
    return votes(kind.get(), round.sourceId())
        .map(v -> v.pastVotes(storage, member, round.snapshotBlock()))
        .orElse(BigInteger.ZERO);
  }
}
