package io.coterie.node.consensus.qbft.extradata;

import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The decoded extraData of a QBFT header. {@code vote} is absent when the proposer votes for
 * nothing; the committed seals are 65-byte secp256k1 signatures {@code r || s || recId} over the
 * commit-seal hash.
 */
public record QbftExtraData(
    Bytes vanity,
    List<Address> validators,
    Optional<ValidatorVote> vote,
    int round,
    List<Bytes> seals) {
  public static final int VANITY_SIZE = 32;
  public static final int SEAL_SIZE = 65;

  public QbftExtraData {
    Objects.requireNonNull(vanity, "vanity");
    if (vanity.size() != VANITY_SIZE) {
      throw new IllegalArgumentException("QBFT vanity is 32 bytes, got " + vanity.size());
    }
    validators = List.copyOf(validators);
    Objects.requireNonNull(vote, "vote");
    if (round < 0) {
      throw new IllegalArgumentException("round must not be negative, got " + round);
    }
    seals = List.copyOf(seals);
    for (Bytes seal : seals) {
      if (seal.size() != SEAL_SIZE) {
        throw new IllegalArgumentException("a committed seal is 65 bytes, got " + seal.size());
      }
    }
  }

  /** A fresh header's extraData: no seals yet. */
  public static QbftExtraData unsealed(
      List<Address> validators, Optional<ValidatorVote> vote, int round) {
    return new QbftExtraData(Bytes.of(new byte[VANITY_SIZE]), validators, vote, round, List.of());
  }

  public QbftExtraData withSeals(List<Bytes> newSeals) {
    return new QbftExtraData(vanity, validators, vote, round, newSeals);
  }

  public QbftExtraData withRound(int newRound) {
    return new QbftExtraData(vanity, validators, vote, newRound, seals);
  }
}
