package io.coterie.node.consensus.qbft.vote;

import io.coterie.node.consensus.qbft.extradata.ValidatorVote;
import io.coterie.node.consensus.qbft.port.ValidatorVoteSource;
import io.coterie.node.types.Address;
import io.coterie.node.types.BlockHeader;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The local validator's intended votes ({@code qbft_proposeValidatorVote}, {@code
 * qbft_discardValidatorVote}, {@code qbft_getPendingVotes}). When it proposes, it casts the first
 * (by address) pending vote that would change the set and that it has not already cast since the
 * last epoch; it never votes in an epoch block. A vote stays pending until discarded, and is simply
 * skipped once it no longer changes anything. Thread-safe.
 */
public final class PendingVotes implements ValidatorVoteSource {
  private final ValidatorSetCalculator validators;
  private final Address local;
  private final Map<Address, Boolean> pending = new TreeMap<>();

  public PendingVotes(ValidatorSetCalculator validators, Address local) {
    this.validators = validators;
    this.local = local;
  }

  public synchronized void propose(Address recipient, boolean add) {
    pending.put(recipient, add);
  }

  /** True when there was a pending vote for {@code recipient}. */
  public synchronized boolean discard(Address recipient) {
    return pending.remove(recipient) != null;
  }

  /** address → add (true) or drop (false). */
  public synchronized Map<Address, Boolean> pending() {
    return Map.copyOf(pending);
  }

  @Override
  public synchronized Optional<ValidatorVote> voteFor(BlockHeader parent) {
    if (validators.isEpochBlock(parent.number() + 1)) {
      return Optional.empty();
    }
    VoteTally tally = validators.tallyAfter(parent.number());
    for (Map.Entry<Address, Boolean> entry : pending.entrySet()) {
      ValidatorVote vote = new ValidatorVote(entry.getKey(), entry.getValue());
      if (tally.wouldChange(vote) && !tally.hasVoted(local, vote)) {
        return Optional.of(vote);
      }
    }
    return Optional.empty();
  }
}
