package io.coterie.chaincode.membership;

import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;

/**
 * ERC-5805 voting power of one collection, as OpenZeppelin v5's {@code Votes} keeps it: one card is
 * one voting unit, units count for the holder's delegatee, and every change writes a checkpoint
 * (block number, votes) to the delegatee's array and to the total-supply array.
 *
 * <p>Coterie's one difference: an account that receives its first card while it has no delegatee
 * and never called {@code delegate} becomes its own delegatee, so every member can vote without an
 * extra transaction.
 */
final class CardVotes {
  private static final BigInteger KEY_MASK = BigInteger.ONE.shiftLeft(48).subtract(BigInteger.ONE);

  private final AccountSlots slots;
  private final EventLog events;
  private final long blockNumber;

  CardVotes(AccountSlots slots, EventLog events, long blockNumber) {
    this.slots = slots;
    this.events = events;
    this.blockNumber = blockNumber;
  }

  /** A checkpoint: from block {@code blockNumber} on, the value is {@code votes}. */
  record Checkpoint(long blockNumber, long votes) {
    static Checkpoint decode(Word word) {
      BigInteger value = word.toBigInteger();
      return new Checkpoint(
          value.and(KEY_MASK).longValueExact(), value.shiftRight(48).longValueExact());
    }

    Word encode() {
      return Word.of(BigInteger.valueOf(votes).shiftLeft(48).or(BigInteger.valueOf(blockNumber)));
    }
  }

  ChainAddress delegates(ChainAddress account) {
    return slots.load(MembershipLayout.delegatee(account)).toAddress();
  }

  long getVotes(ChainAddress account) {
    return latest(MembershipLayout.delegateCheckpoints(account));
  }

  long getPastVotes(ChainAddress account, long timepoint) {
    return upperLookup(MembershipLayout.delegateCheckpoints(account), timepoint);
  }

  long getPastTotalSupply(long timepoint) {
    return upperLookup(MembershipLayout.TOTAL_CHECKPOINTS_SLOT, timepoint);
  }

  long totalVotes() {
    return latest(MembershipLayout.TOTAL_CHECKPOINTS_SLOT);
  }

  long checkpointCount(ChainAddress account) {
    return length(MembershipLayout.delegateCheckpoints(account));
  }

  Checkpoint checkpoint(ChainAddress account, long index) {
    return Checkpoint.decode(
        slots.load(
            MembershipLayout.checkpoint(MembershipLayout.delegateCheckpoints(account), index)));
  }

  /** OZ {@code _delegate}: moves all of {@code account}'s units from its old delegatee. */
  void delegate(ChainAddress account, ChainAddress delegatee, long units) {
    ChainAddress previous = delegates(account);
    slots.store(MembershipLayout.delegatee(account), Word.of(delegatee));
    slots.store(MembershipLayout.delegationChosen(account), Word.of(true));
    events.emit(
        MembershipEvents.DELEGATE_CHANGED.topics(
            Word.of(account), Word.of(previous), Word.of(delegatee)),
        new byte[0]);
    moveVotes(previous, delegatee, units);
  }

  /** OZ {@code _transferVotingUnits} for one card, after auto self-delegating the receiver. */
  void onCardMoved(ChainAddress from, ChainAddress to) {
    if (from.equals(ChainAddress.ZERO)) {
      push(MembershipLayout.TOTAL_CHECKPOINTS_SLOT, totalVotes() + 1);
    }
    if (!to.equals(ChainAddress.ZERO)
        && delegates(to).equals(ChainAddress.ZERO)
        && slots.load(MembershipLayout.delegationChosen(to)).isZero()) {
      slots.store(MembershipLayout.delegatee(to), Word.of(to));
      events.emit(
          MembershipEvents.DELEGATE_CHANGED.topics(Word.of(to), Word.ZERO, Word.of(to)),
          new byte[0]);
    }
    ChainAddress fromDelegate = from.equals(ChainAddress.ZERO) ? from : delegates(from);
    moveVotes(fromDelegate, delegates(to), 1);
  }

  private void moveVotes(ChainAddress from, ChainAddress to, long amount) {
    if (from.equals(to) || amount == 0) {
      return;
    }
    if (!from.equals(ChainAddress.ZERO)) {
      Word array = MembershipLayout.delegateCheckpoints(from);
      long previous = latest(array);
      push(array, previous - amount);
      emitVotesChanged(from, previous, previous - amount);
    }
    if (!to.equals(ChainAddress.ZERO)) {
      Word array = MembershipLayout.delegateCheckpoints(to);
      long previous = latest(array);
      push(array, previous + amount);
      emitVotesChanged(to, previous, previous + amount);
    }
  }

  private void emitVotesChanged(ChainAddress delegate, long previous, long next) {
    events.emit(
        MembershipEvents.DELEGATE_VOTES_CHANGED.topics(Word.of(delegate)),
        MembershipEvents.DELEGATE_VOTES_CHANGED.data(uint256(previous), uint256(next)));
  }

  private long length(Word array) {
    return slots.load(array).toBigInteger().longValueExact();
  }

  private long latest(Word array) {
    long length = length(array);
    return length == 0 ? 0 : at(array, length - 1).votes();
  }

  private Checkpoint at(Word array, long index) {
    return Checkpoint.decode(slots.load(MembershipLayout.checkpoint(array, index)));
  }

  // Checkpoints.Trace208._insert: overwrite the last checkpoint of this block, else append.
  private void push(Word array, long votes) {
    long length = length(array);
    if (length > 0 && at(array, length - 1).blockNumber() == blockNumber) {
      slots.store(
          MembershipLayout.checkpoint(array, length - 1),
          new Checkpoint(blockNumber, votes).encode());
      return;
    }
    slots.store(
        MembershipLayout.checkpoint(array, length), new Checkpoint(blockNumber, votes).encode());
    slots.store(array, Word.of(length + 1));
  }

  // Checkpoints.upperLookupRecent: the value of the last checkpoint at or before timepoint.
  private long upperLookup(Word array, long timepoint) {
    long low = 0;
    long high = length(array);
    while (low < high) {
      long mid = low + (high - low) / 2;
      if (at(array, mid).blockNumber() > timepoint) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return high == 0 ? 0 : at(array, high - 1).votes();
  }
}
