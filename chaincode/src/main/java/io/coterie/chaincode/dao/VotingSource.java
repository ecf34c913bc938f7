package io.coterie.chaincode.dao;

import io.coterie.chaincode.spi.ChainAddress;
import java.util.Objects;

/** Which votes a governor counts: a kind and the id of the collection or program. */
public record VotingSource(VotingSourceKind kind, long id) {
  /** Membership card collection 0 ({@code 0x…3000}): the devnet's one card, one vote. */
  public static final VotingSource DEVNET_CARDS =
      new VotingSource(VotingSourceKind.CARD_COLLECTION, 0);

  public VotingSource {
    Objects.requireNonNull(kind, "kind");
    if (id < 0) {
      throw new IllegalArgumentException("a voting source id must be >= 0, got " + id);
    }
  }

  /**
   * The ERC-5805 token whose votes are counted (what OZ's {@code GovernorVotes.token()} returns).
   */
  public ChainAddress token() {
    return ChainAddress.of(kind.tokenBase()).plus(id);
  }
}
