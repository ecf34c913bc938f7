package io.coterie.chaincode.dao;

import java.util.Optional;

/** OZ {@code GovernorCountingSimple.VoteType}: the {@code support} values, in ABI order. */
public enum VoteType {
  AGAINST,
  FOR,
  ABSTAIN;

  /** The {@code uint8} a voter sends. */
  public int code() {
    return ordinal();
  }

  /** The vote type of {@code support}, if valid. */
  public static Optional<VoteType> fromCode(long support) {
    return support >= 0 && support < values().length
        ? Optional.of(values()[(int) support])
        : Optional.empty();
  }
}
