package io.coterie.node.txpool;

import io.coterie.chaincode.roles.RolesReader;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.node.chain.ChainListener;
import io.coterie.node.state.Account;
import io.coterie.node.state.WorldStateReader;
import io.coterie.node.types.Address;
import io.coterie.node.types.Block;
import io.coterie.node.types.Hash;
import io.coterie.node.types.Receipt;
import io.coterie.node.types.SignatureCheck;
import io.coterie.node.types.Transaction;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The transaction pool: per-sender nonce queues over the head state.
 *
 * <p>{@link #add} recovers the sender and runs the stateless checks outside the lock, then takes
 * one lock for the head-state checks (account and Roles slot reads are cached until the next block)
 * and a few map operations, so adding costs no scan of the pool. Listeners hear of newly pending
 * transactions after the lock is released.
 *
 * <p>Replacement: a transaction with a pooled sender and nonce replaces the pooled one when both
 * its fee cap and its tip are at least {@code 100 + priceBumpPercent} percent of the old ones (on a
 * zero-fee chain, zero replaces zero).
 *
 * <p>Eviction when {@code maxTotal} is reached, never from the incoming transaction's own sender:
 * first the highest-nonce queued transaction of the sender with the most queued ones; if nobody has
 * queued ones and the incoming transaction would be pending, the highest-nonce transaction of the
 * sender with the most transactions, provided it holds more than the incoming sender. Otherwise the
 * incoming transaction is refused ("txpool is full"). Ties go to the lowest address. Finding the
 * victim scans the senders, which happens only when the pool is full.
 *
 * <p>After each block ({@link #onBlockImported}), the senders of its transactions move to their new
 * state nonce: included and stale transactions leave, queued ones the nonce reaches become pending.
 * Only those senders' nonces can change, since nothing but a sender's own transaction moves it.
 * When the Roles precompile's storage changed, senders without a role lose their transactions.
 */
public final class NonceOrderedPool implements TransactionPool, ChainListener {
  private static final Address ROLES = Address.wrap(StandardRoles.ROLES_ADDRESS.bytes());

  private final Supplier<WorldStateReader> headState;
  private final TransactionValidator validator;
  private final PoolLimits limits;
  private final List<Consumer<Transaction>> listeners = new CopyOnWriteArrayList<>();

  private final Object lock = new Object();
  private final Map<Address, SenderQueue> senders = new HashMap<>();
  private final Map<Hash, Transaction> byHash = new HashMap<>();
  private HeadStateCache head;
  private long arrivals;

  public NonceOrderedPool(
      Supplier<WorldStateReader> headState,
      long chainId,
      LongSupplier blockGasLimit,
      BigInteger minGasPrice,
      boolean accountPermissioning,
      PoolLimits limits) {
    this(
        headState,
        new TransactionValidator(
            chainId, blockGasLimit, minGasPrice, accountPermissioning, new RolesReader()),
        limits);
  }

  public NonceOrderedPool(
      Supplier<WorldStateReader> headState, TransactionValidator validator, PoolLimits limits) {
    this.headState = Objects.requireNonNull(headState, "headState");
    this.validator = Objects.requireNonNull(validator, "validator");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  @Override
  public AddResult add(Transaction tx) {
    Verdict stateless = validator.checkStateless(tx);
    if (stateless instanceof Verdict.Rejected rejected) {
      return rejected.toAddResult();
    }
    Address sender = ((Verdict.Accepted) stateless).sender();
    Hash hash = tx.hash();
    List<Transaction> newlyPending;
    synchronized (lock) {
      if (byHash.containsKey(hash)) {
        return rejection(TxRejection.ALREADY_KNOWN, hash);
      }
      HeadStateCache state = head();
      boolean permitted = state.knownPermitted(sender);
      Verdict stateful =
          permitted
              ? validator.checkNonceAndBalance(tx, sender, state)
              : validator.checkAgainstState(tx, sender, state);
      if (stateful instanceof Verdict.Rejected rejected) {
        return rejected.toAddResult();
      }
      if (!permitted) {
        state.rememberPermitted(sender);
      }
      SenderQueue queue = senders.get(sender);
      if (queue == null) {
        queue = new SenderQueue(stateNonce(sender));
      }
      Optional<PooledTx> existing = queue.at(tx.nonce());
      if (existing.isPresent()) {
        Transaction old = existing.get().tx();
        if (!outbids(tx, old)) {
          return rejection(
              TxRejection.REPLACEMENT_UNDERPRICED, tx.nonce(), sender, limits.priceBumpPercent());
        }
        queue.replace(new PooledTx(tx, arrivals++));
        byHash.remove(old.hash());
        byHash.put(hash, tx);
        newlyPending = queue.isPending(tx.nonce()) ? List.of(tx) : List.of();
      } else {
        if (tx.nonce() - queue.nextNonce() > limits.maxNonceGap()) {
          return rejection(
              TxRejection.NONCE_TOO_HIGH,
              tx.nonce(),
              limits.maxNonceGap(),
              queue.nextNonce(),
              sender);
        }
        if (queue.size() >= limits.maxPerSender()) {
          return rejection(TxRejection.SENDER_LIMIT, sender, queue.size());
        }
        if (byHash.size() >= limits.maxTotal()
            && !evictFor(sender, queue, tx.nonce() == queue.nextNonce())) {
          return rejection(TxRejection.POOL_FULL, byHash.size());
        }
        newlyPending = queue.insert(new PooledTx(tx, arrivals++));
        byHash.put(hash, tx);
        senders.putIfAbsent(sender, queue);
      }
    }
    notifyPending(newlyPending);
    return new AddResult.Added(hash);
  }

  @Override
  public void onBlockImported(Block block, Hash blockHash, List<Receipt> receipts) {
    List<Transaction> promoted = new ArrayList<>();
    synchronized (lock) {
      HeadStateCache previous = head();
      head = new HeadStateCache(headState.get());
      Set<Address> moved = new LinkedHashSet<>();
      reuseSendersHeld(block.transactions());
      for (Transaction tx : block.transactions()) {
        if (tx.signatureCheck() instanceof SignatureCheck.Valid valid) {
          moved.add(valid.sender());
        }
      }
      for (Address sender : moved) {
        SenderQueue queue = senders.get(sender);
        if (queue != null) {
          SenderQueue.Advance advance = queue.advanceTo(stateNonce(sender));
          advance.dropped().forEach(dropped -> byHash.remove(dropped.tx().hash()));
          promoted.addAll(advance.promoted());
          forgetIfEmpty(sender, queue);
        }
      }
      if (!rolesStorageRoot(previous).equals(rolesStorageRoot(head))) {
        dropUnpermittedSenders();
      }
    }
    notifyPending(promoted);
  }

  @Override
  public long nextNonce(Address sender) {
    synchronized (lock) {
      SenderQueue queue = senders.get(sender);
      return queue != null ? queue.nextNonce() : stateNonce(sender);
    }
  }

  @Override
  public Optional<Transaction> byHash(Hash hash) {
    synchronized (lock) {
      return Optional.ofNullable(byHash.get(hash));
    }
  }

  @Override
  public void reuseKnownSenders(List<Transaction> transactions) {
    synchronized (lock) {
      reuseSendersHeld(transactions);
    }
  }

  private void reuseSendersHeld(List<Transaction> transactions) {
    for (Transaction tx : transactions) {
      Transaction known = byHash.get(tx.hash());
      if (known != null) {
        tx.reuseSignatureCheckOf(known);
      }
    }
  }

  @Override
  public List<Transaction> selectForBlock(long gasLimit) {
    synchronized (lock) {
      HeadStateCache state = head();
      return BlockSelection.select(
          senders,
          gasLimit,
          sender -> validator.isPermitted(sender, state),
          sender -> state.account(sender).map(Account::balance).orElse(BigInteger.ZERO));
    }
  }

  @Override
  public Status status() {
    synchronized (lock) {
      int pending = 0;
      for (SenderQueue queue : senders.values()) {
        pending += queue.pendingCount();
      }
      return new Status(pending, byHash.size() - pending);
    }
  }

  @Override
  public Content content() {
    SortedMap<Address, SortedMap<Long, Transaction>> pending = new TreeMap<>();
    SortedMap<Address, SortedMap<Long, Transaction>> queued = new TreeMap<>();
    synchronized (lock) {
      for (Map.Entry<Address, SenderQueue> entry : senders.entrySet()) {
        putByNonce(pending, entry.getKey(), entry.getValue().pending());
        putByNonce(queued, entry.getKey(), entry.getValue().queued());
      }
    }
    return new Content(pending, queued);
  }

  @Override
  public void onPending(Consumer<Transaction> listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  public TransactionValidator validator() {
    return validator;
  }

  private boolean outbids(Transaction replacement, Transaction old) {
    BigInteger percent = BigInteger.valueOf(100L + limits.priceBumpPercent());
    BigInteger hundred = BigInteger.valueOf(100);
    return replacement
                .maxFeePerGas()
                .multiply(hundred)
                .compareTo(old.maxFeePerGas().multiply(percent))
            >= 0
        && replacement
                .maxPriorityFeePerGas()
                .multiply(hundred)
                .compareTo(old.maxPriorityFeePerGas().multiply(percent))
            >= 0;
  }

  private boolean evictFor(Address incoming, SenderQueue incomingQueue, boolean wouldBePending) {
    Address victim = largest(incoming, true);
    if (victim == null && wouldBePending) {
      victim = largest(incoming, false);
      if (victim != null && senders.get(victim).size() <= incomingQueue.size()) {
        victim = null;
      }
    }
    if (victim == null) {
      return false;
    }
    SenderQueue queue = senders.get(victim);
    byHash.remove(queue.removeNewest().tx().hash());
    forgetIfEmpty(victim, queue);
    return true;
  }

  /** The sender other than {@code except} with the most queued (or all) transactions, or null. */
  private Address largest(Address except, boolean queuedOnly) {
    Address best = null;
    int bestCount = 0;
    for (Map.Entry<Address, SenderQueue> entry : senders.entrySet()) {
      int count = queuedOnly ? entry.getValue().queuedCount() : entry.getValue().size();
      Address sender = entry.getKey();
      if (!sender.equals(except)
          && count > 0
          && (count > bestCount || (count == bestCount && sender.compareTo(best) < 0))) {
        best = sender;
        bestCount = count;
      }
    }
    return best;
  }

  private void dropUnpermittedSenders() {
    List<Address> refused = new ArrayList<>();
    for (Address sender : senders.keySet()) {
      if (!validator.isPermitted(sender, head)) {
        refused.add(sender);
      }
    }
    for (Address sender : refused) {
      senders.remove(sender).removeAll().forEach(gone -> byHash.remove(gone.tx().hash()));
    }
  }

  private HeadStateCache head() {
    if (head == null) {
      head = new HeadStateCache(headState.get());
    }
    return head;
  }

  private long stateNonce(Address sender) {
    return head().account(sender).map(Account::nonce).orElse(0L);
  }

  private static Hash rolesStorageRoot(WorldStateReader state) {
    return state.account(ROLES).map(Account::storageRoot).orElse(Hash.EMPTY_TRIE);
  }

  private void forgetIfEmpty(Address sender, SenderQueue queue) {
    if (queue.isEmpty()) {
      senders.remove(sender);
    }
  }

  private void notifyPending(List<Transaction> transactions) {
    for (Transaction tx : transactions) {
      for (Consumer<Transaction> listener : listeners) {
        listener.accept(tx);
      }
    }
  }

  private static void putByNonce(
      SortedMap<Address, SortedMap<Long, Transaction>> into,
      Address sender,
      Iterable<PooledTx> transactions) {
    SortedMap<Long, Transaction> byNonce = new TreeMap<>();
    for (PooledTx pooled : transactions) {
      byNonce.put(pooled.tx().nonce(), pooled.tx());
    }
    if (!byNonce.isEmpty()) {
      into.put(sender, byNonce);
    }
  }

  private static AddResult rejection(TxRejection reason, Object... args) {
    return new AddResult.Rejected(reason, reason.explain(args));
  }
}
