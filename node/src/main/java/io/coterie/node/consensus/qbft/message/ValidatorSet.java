package io.coterie.node.consensus.qbft.message;

import io.coterie.node.types.Address;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

/** The validators of one height, sorted by address, and the thresholds QBFT derives from them. */
public record ValidatorSet(List<Address> members) {
  public ValidatorSet {
    members = List.copyOf(new TreeSet<>(members));
    if (members.isEmpty()) {
      throw new IllegalArgumentException("a validator set needs at least one member");
    }
  }

  public int size() {
    return members.size();
  }

  /** ceil(2n/3): any two quorums share at least one honest validator when at most f are faulty. */
  public int quorum() {
    return (2 * members.size() + 2) / 3;
  }

  /** f = floor((n-1)/3), the faulty validators tolerated; f+1 messages include an honest one. */
  public int faultTolerance() {
    return (members.size() - 1) / 3;
  }

  public boolean contains(Address address) {
    return Collections.binarySearch(members, address) >= 0;
  }

  /**
   * Round-robin proposer, as Besu's QBFT (which changes proposer every block): when the parent's
   * proposer is a validator at index i, round r of this height is proposed by {@code members[(i + 1
   * + r) mod n]}; when it is not (genesis has coinbase zero, or it was voted out), by {@code
   * members[(j + r) mod n]} where j is the number of validators sorted below it, i.e. the next
   * validator after it in address order takes round 0.
   */
  public Address proposer(Address parentProposer, int round) {
    int index = Collections.binarySearch(members, parentProposer);
    long start = index >= 0 ? index + 1L : -(index + 1L);
    return members.get((int) ((start + round) % members.size()));
  }
}
