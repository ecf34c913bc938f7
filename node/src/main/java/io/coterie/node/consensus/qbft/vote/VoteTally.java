package io.coterie.node.consensus.qbft.vote;

import io.coterie.node.consensus.qbft.extradata.ValidatorVote;
import io.coterie.node.types.Address;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The validators after some block and the votes cast since the last epoch block. Immutable: {@link
 * #apply} returns the next tally. A voter's later vote on the same address replaces its earlier
 * one; votes that would change nothing (adding a validator, dropping a non-validator) are ignored.
 */
public final class VoteTally {
  private final List<Address> validators;

  /** recipient → voter → add? */
  private final Map<Address, Map<Address, Boolean>> votes;

  private VoteTally(List<Address> validators, Map<Address, Map<Address, Boolean>> votes) {
    this.validators = List.copyOf(new TreeSet<>(validators));
    this.votes = votes;
  }

  public static VoteTally start(List<Address> validators) {
    return new VoteTally(validators, new TreeMap<>());
  }

  public List<Address> validators() {
    return validators;
  }

  /** The same validators with every vote cleared, as at an epoch block. */
  public VoteTally reset() {
    return start(validators);
  }

  /** Whether {@code voter} already has {@code vote} standing in this tally. */
  public boolean hasVoted(Address voter, ValidatorVote vote) {
    Map<Address, Boolean> cast = votes.get(vote.recipient());
    return cast != null && Boolean.valueOf(vote.add()).equals(cast.get(voter));
  }

  /** Whether applying {@code vote} could change the validator set. */
  public boolean wouldChange(ValidatorVote vote) {
    return vote.add() != validators.contains(vote.recipient());
  }

  public VoteTally apply(Address voter, ValidatorVote vote) {
    if (!wouldChange(vote) || !validators.contains(voter)) {
      return this;
    }
    Map<Address, Map<Address, Boolean>> next = copy(votes);
    Map<Address, Boolean> cast = next.computeIfAbsent(vote.recipient(), r -> new TreeMap<>());
    cast.put(voter, vote.add());
    long agreeing = cast.values().stream().filter(add -> add == vote.add()).count();
    if (agreeing <= validators.size() / 2) {
      return new VoteTally(validators, next);
    }
    List<Address> changed = new ArrayList<>(validators);
    next.remove(vote.recipient());
    if (vote.add()) {
      changed.add(vote.recipient());
    } else {
      changed.remove(vote.recipient());
      next.values().forEach(voters -> voters.remove(vote.recipient()));
      next.values().removeIf(Map::isEmpty);
    }
    return new VoteTally(changed, next);
  }

  /** recipient → (voter → add?), for {@code qbft_getPendingVotes}-style views. */
  public Map<Address, Map<Address, Boolean>> votes() {
    Map<Address, Map<Address, Boolean>> out = new TreeMap<>();
    votes.forEach((r, v) -> out.put(r, Collections.unmodifiableMap(new TreeMap<>(v))));
    return Collections.unmodifiableMap(out);
  }

  private static Map<Address, Map<Address, Boolean>> copy(Map<Address, Map<Address, Boolean>> in) {
    Map<Address, Map<Address, Boolean>> out = new TreeMap<>();
    in.forEach((r, v) -> out.put(r, new TreeMap<>(v)));
    return out;
  }
}
