package io.coterie.chaincode.abi;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.List;

/**
 * ERC-5805 voting power as OpenZeppelin 5's {@code Votes} keeps it, over any account's storage:
 * voting units count for their holder's delegatee, and every change writes a {@link Checkpoints}
 * entry (block number, votes) to the delegatee's array and, for mints and burns, to the
 * total-supply array. Membership cards (one unit per card) and vote-enabled points programs (one
 * unit per point) both keep their votes here, each at its own {@link Layout}.
 */
public final class DelegatedVotes {
  /** ERC-6372's mode for a block-number clock. */
  public static final String CLOCK_MODE = "mode=blocknumber&from=default";

  /**
   * {@code DelegateChanged(address indexed delegator, address indexed fromDelegate, address indexed
   * toDelegate)}.
   */
  public static final SolidityEvent DELEGATE_CHANGED =
      new SolidityEvent("DelegateChanged(address,address,address)");

  /** {@code DelegateVotesChanged(address indexed delegate, uint256 previous, uint256 new)}. */
  public static final SolidityEvent DELEGATE_VOTES_CHANGED =
      new SolidityEvent("DelegateVotesChanged(address,uint256,uint256)");

  /** Where the three OZ {@code Votes} variables live in the account's storage. */
  public record Layout(Word delegateeMapping, Word checkpointsMapping, Word totalCheckpoints) {
    public Word delegatee(ChainAddress account) {
      return StorageSlots.mapping(delegateeMapping, account);
    }

    /** The length slot of {@code delegatee}'s checkpoint array. */
    public Word checkpoints(ChainAddress delegatee) {
      return StorageSlots.mapping(checkpointsMapping, delegatee);
    }
  }

  /** Where events go (the token's own address). */
  @FunctionalInterface
  public interface Events {
    void emit(List<Word> topics, byte[] data);
  }

  private final AccountSlots slots;
  private final Layout layout;
  private final Events events;
  private final long blockNumber;

  /** Votes at {@code layout} in {@code slots}; writes are checkpointed at {@code blockNumber}. */
  public DelegatedVotes(AccountSlots slots, Layout layout, Events events, long blockNumber) {
    this.slots = slots;
    this.layout = layout;
    this.events = events;
    this.blockNumber = blockNumber;
  }

  public ChainAddress delegates(ChainAddress account) {
    return slots.load(layout.delegatee(account)).toAddress();
  }

  public BigInteger getVotes(ChainAddress account) {
    return delegateCheckpoints(account).latest();
  }

  /** Votes at the end of block {@code timepoint}; the caller refuses future timepoints. */
  public BigInteger getPastVotes(ChainAddress account, long timepoint) {
    return delegateCheckpoints(account).upperLookup(timepoint);
  }

  /** Units in existence at the end of block {@code timepoint}. */
  public BigInteger getPastTotalSupply(long timepoint) {
    return totalCheckpoints().upperLookup(timepoint);
  }

  public BigInteger totalVotes() {
    return totalCheckpoints().latest();
  }

  /** {@code account}'s checkpoints (for {@code numCheckpoints}/{@code checkpoints} views). */
  public Checkpoints delegateCheckpoints(ChainAddress account) {
    return new Checkpoints(slots, layout.checkpoints(account));
  }

  /** OZ {@code _delegate}: {@code account}'s {@code units} move from its old delegatee. */
  public void delegate(ChainAddress account, ChainAddress delegatee, BigInteger units) {
    ChainAddress previous = delegates(account);
    slots.store(layout.delegatee(account), Word.of(delegatee));
    events.emit(
        DELEGATE_CHANGED.topics(Word.of(account), Word.of(previous), Word.of(delegatee)),
        new byte[0]);
    moveDelegateVotes(previous, delegatee, units);
  }

  /**
   * OZ {@code _transferVotingUnits}: {@code amount} units move from {@code from}'s delegatee to
   * {@code to}'s; the zero address on either side is a mint or a burn and moves the total.
   */
  public void transferUnits(ChainAddress from, ChainAddress to, BigInteger amount) {
    if (from.equals(ChainAddress.ZERO)) {
      totalCheckpoints().push(blockNumber, totalVotes().add(amount));
    }
    if (to.equals(ChainAddress.ZERO)) {
      totalCheckpoints().push(blockNumber, totalVotes().subtract(amount));
    }
    ChainAddress fromDelegate = from.equals(ChainAddress.ZERO) ? from : delegates(from);
    ChainAddress toDelegate = to.equals(ChainAddress.ZERO) ? to : delegates(to);
    moveDelegateVotes(fromDelegate, toDelegate, amount);
  }

  private void moveDelegateVotes(ChainAddress from, ChainAddress to, BigInteger amount) {
    if (from.equals(to) || amount.signum() == 0) {
      return;
    }
    if (!from.equals(ChainAddress.ZERO)) {
      push(from, amount.negate());
    }
    if (!to.equals(ChainAddress.ZERO)) {
      push(to, amount);
    }
  }

  private void push(ChainAddress delegate, BigInteger change) {
    Checkpoints array = delegateCheckpoints(delegate);
    BigInteger previous = array.latest();
    BigInteger next = previous.add(change);
    array.push(blockNumber, next);
    events.emit(
        DELEGATE_VOTES_CHANGED.topics(Word.of(delegate)),
        DELEGATE_VOTES_CHANGED.data(AbiValues.uint256(previous), AbiValues.uint256(next)));
  }

  private Checkpoints totalCheckpoints() {
    return new Checkpoints(slots, layout.totalCheckpoints());
  }
}
