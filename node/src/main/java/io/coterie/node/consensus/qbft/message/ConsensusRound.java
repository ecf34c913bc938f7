package io.coterie.node.consensus.qbft.message;

/** A (height, round) pair, ordered by height then round. */
public record ConsensusRound(long height, int round) implements Comparable<ConsensusRound> {
  public ConsensusRound {
    if (height < 1) {
      throw new IllegalArgumentException("QBFT heights start at 1, got " + height);
    }
    if (round < 0) {
      throw new IllegalArgumentException("round must not be negative, got " + round);
    }
  }

  @Override
  public int compareTo(ConsensusRound other) {
    int byHeight = Long.compare(height, other.height);
    return byHeight != 0 ? byHeight : Integer.compare(round, other.round);
  }

  @Override
  public String toString() {
    return height + "/" + round;
  }
}
