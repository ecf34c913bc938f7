package io.coterie.chaincode.share;

import io.coterie.chaincode.dao.VotingSourceKind;
import java.util.Optional;

/** Where a round's weights come from; the code is what storage, calldata and events hold. */
public enum WeightSource {
  /** An explicit (member, weight) list given at opening. */
  LISTED(0),
  /** ERC-5805 votes of member card collection {@code sourceId} at the snapshot: one card, one. */
  CARD_VOTES(1),
  /** ERC-5805 votes of vote-enabled points program {@code sourceId} at the snapshot. */
  POINT_VOTES(2);

  private final int code;

  WeightSource(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  /** The voting power kind a snapshot source reads; empty for {@link #LISTED}. */
  Optional<VotingSourceKind> votingKind() {
    return switch (this) {
      case LISTED -> Optional.empty();
      case CARD_VOTES -> Optional.of(VotingSourceKind.CARD_COLLECTION);
      case POINT_VOTES -> Optional.of(VotingSourceKind.POINTS_PROGRAM);
    };
  }

  /** The source with {@code code}, if any. */
  public static Optional<WeightSource> fromCode(long code) {
    for (WeightSource source : values()) {
      if (source.code == code) {
        return Optional.of(source);
      }
    }
    return Optional.empty();
  }
}
