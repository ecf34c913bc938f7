package io.coterie.chaincode.dao;

import java.util.Optional;

/** What a governor may weigh votes by; the code is what storage and the ABI hold. */
public enum VotingSourceKind {
  /** One membership card of collection {@code id} (ERC-721 at {@code 0x…3000 + id}), one vote. */
  CARD_COLLECTION(0, 0x3000),
  /** Points of loyalty program {@code id} (ERC-20 at {@code 0x…2000 + id}). */
  POINTS_PROGRAM(1, 0x2000);

  private final int code;
  private final long tokenBase;

  VotingSourceKind(int code, long tokenBase) {
    this.code = code;
    this.tokenBase = tokenBase;
  }

  /** The {@code uint8} stored and passed in calldata. */
  public int code() {
    return code;
  }

  /** Address number of the token of instance 0; instance {@code id} is at {@code base + id}. */
  public long tokenBase() {
    return tokenBase;
  }

  /** The kind with {@code code}, if any. */
  public static Optional<VotingSourceKind> fromCode(long code) {
    for (VotingSourceKind kind : values()) {
      if (kind.code == code) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
