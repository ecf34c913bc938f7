package io.coterie.chaincode.dao;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.WorldStorage;
import java.math.BigInteger;
import java.util.Optional;

/**
 * Voting power the governor counts, read at past block numbers with ERC-5805 {@code
 * getPastVotes}/{@code getPastTotalSupply} semantics: the value at the end of block {@code
 * blockNumber}. The governor only asks about blocks before the current one, so answers never
 * change. Implementations read {@code storage} only (the governor meters each read) and must be
 * deterministic and stateless.
 */
public interface VotingPowerSource {

  /** Votes {@code account} held at the end of block {@code blockNumber}. */
  BigInteger pastVotes(WorldStorage storage, ChainAddress account, long blockNumber);

  /** All votes in existence at the end of block {@code blockNumber}. */
  BigInteger pastTotalSupply(WorldStorage storage, long blockNumber);

  /**
   * Why a governor must not count these votes, or empty when it may: a source must keep exact
   * ERC-5805 checkpoints (points programs that enabled votes) and follow MEMBER_ROLE revocations
   * (member card collections). The reason says what to do instead.
   */
  Optional<String> unsuitability(WorldStorage storage);
}
