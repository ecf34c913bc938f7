package io.coterie.chaincode.membership;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.abi.DelegatedVotes;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;

/**
 * ERC-5805 voting power of one collection ({@link DelegatedVotes} at slots 10-12): one card is one
 * voting unit, counted for the holder's delegatee, checkpointed per block.
 *
 * <p>Coterie's one difference from OZ: an account that receives its first card while it has no
 * delegatee and never called {@code delegate} becomes its own delegatee, so every member can vote
 * without an extra transaction.
 */
final class CardVotes {
  static final DelegatedVotes.Layout LAYOUT =
      new DelegatedVotes.Layout(
          MembershipLayout.DELEGATEE_SLOT,
          MembershipLayout.DELEGATE_CHECKPOINTS_SLOT,
          MembershipLayout.TOTAL_CHECKPOINTS_SLOT);

  private final AccountSlots slots;
  private final EventLog events;
  private final DelegatedVotes votes;

  CardVotes(AccountSlots slots, EventLog events, long blockNumber) {
    this.slots = slots;
    this.events = events;
    this.votes = new DelegatedVotes(slots, LAYOUT, events::emit, blockNumber);
  }

  ChainAddress delegates(ChainAddress account) {
    return votes.delegates(account);
  }

  long getVotes(ChainAddress account) {
    return votes.getVotes(account).longValueExact();
  }

  long getPastVotes(ChainAddress account, long timepoint) {
    return votes.getPastVotes(account, timepoint).longValueExact();
  }

  long getPastTotalSupply(long timepoint) {
    return votes.getPastTotalSupply(timepoint).longValueExact();
  }

  /** OZ {@code _delegate}; the account no longer self-delegates automatically. */
  void delegate(ChainAddress account, ChainAddress delegatee, long units) {
    slots.store(MembershipLayout.delegationChosen(account), Word.of(true));
    votes.delegate(account, delegatee, BigInteger.valueOf(units));
  }

  /**
   * OZ {@code _transferVotingUnits} for one card (minted when {@code from} is zero, burned when
   * {@code to} is), after auto self-delegating the receiver.
   */
  void onCardMoved(ChainAddress from, ChainAddress to) {
    if (!to.equals(ChainAddress.ZERO)
        && delegates(to).equals(ChainAddress.ZERO)
        && slots.load(MembershipLayout.delegationChosen(to)).isZero()) {
      slots.store(MembershipLayout.delegatee(to), Word.of(to));
      events.emit(
          DelegatedVotes.DELEGATE_CHANGED.topics(Word.of(to), Word.ZERO, Word.of(to)), new byte[0]);
    }
    votes.transferUnits(from, to, BigInteger.ONE);
  }
}
