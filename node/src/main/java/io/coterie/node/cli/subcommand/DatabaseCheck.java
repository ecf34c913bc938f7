package io.coterie.node.cli.subcommand;

import io.coterie.node.app.ChainAccess;
import io.coterie.node.chain.ChainStore;
import io.coterie.node.chain.TxLocation;
import io.coterie.node.logging.ProgressLog;
import io.coterie.node.state.Account;
import io.coterie.node.state.AccountCodec;
import io.coterie.node.storage.ChainHead;
import io.coterie.node.storage.MetadataStore;
import io.coterie.node.trie.MerklePatriciaTrie;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Hash;
import io.coterie.node.types.Receipt;
import io.coterie.node.types.Transaction;
import io.coterie.node.types.TransactionCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks of {@code coterie db verify}: every canonical block's index, header, parent link,
 * body, receipts and transaction index, and the head's whole state (every account and storage trie
 * loads and rebuilds to its root).
 */
final class DatabaseCheck {
  /** What was checked and every problem found. */
  record Report(
      long headNumber,
      Hash headHash,
      long blocks,
      long transactions,
      long accounts,
      long storageSlots,
      long trieNodes,
      List<String> problems) {
    Report {
      problems = List.copyOf(problems);
    }
  }

  /** Makes the progress log of the block walk, given the number of blocks to check. */
  interface ProgressFactory {
    ProgressLog blocks(long total);
  }

  private final ChainAccess access;
  private final ProgressFactory progress;
  private final List<String> problems = new ArrayList<>();
  private long transactions;

  private DatabaseCheck(ChainAccess access, ProgressFactory progress) {
    this.access = access;
    this.progress = progress;
  }

  static Report run(ChainAccess access, ProgressFactory progress) {
    return new DatabaseCheck(access, progress).check();
  }

  private Report check() {
    Optional<ChainHead> head = new MetadataStore(access.store()).head();
    if (head.isEmpty()) {
      problems.add("the database names no head block");
      return new Report(-1, Hash.ZERO, 0, 0, 0, 0, 0, problems);
    }
    ChainHead stored = head.get();
    long blocks = checkBlocks(stored);
    long[] state = {0, 0, 0};
    access.chainStore().header(stored.hash()).ifPresent(header -> state(header.stateRoot(), state));
    return new Report(
        stored.number(),
        stored.hash(),
        blocks,
        transactions,
        state[0],
        state[1],
        state[2],
        problems);
  }

  private long checkBlocks(ChainHead head) {
    ChainStore store = access.chainStore();
    Hash previous = null;
    long checked = 0;
    ProgressLog blocks = progress.blocks(head.number() + 1);
    for (long n = 0; n <= head.number(); n++, blocks.advance(1)) {
      Optional<Hash> hash = store.canonicalHash(n);
      if (hash.isEmpty()) {
        problems.add("block " + n + ": no canonical index entry");
        previous = null;
        continue;
      }
      Optional<BlockHeader> header = store.header(hash.get());
      if (header.isEmpty()) {
        problems.add("block " + n + ": canonical hash " + hash.get() + " has no header");
        previous = null;
        continue;
      }
      checkHeader(n, hash.get(), header.get(), previous);
      checkBody(n, hash.get(), header.get());
      previous = hash.get();
      checked++;
    }
    if (previous != null && !previous.equals(head.hash())) {
      problems.add(
          "the head is "
              + head.hash()
              + " but the canonical block "
              + head.number()
              + " is "
              + previous);
    }
    return checked;
  }

  private void checkHeader(long n, Hash hash, BlockHeader header, Hash previous) {
    if (header.number() != n) {
      problems.add("block " + n + ": its header says number " + header.number());
    }
    if (!access.chain().hash(header).equals(hash)) {
      problems.add(
          "block " + n + ": header hashes to " + access.chain().hash(header) + ", not " + hash);
    }
    if (previous != null && !header.parentHash().equals(previous)) {
      problems.add(
          "block "
              + n
              + ": parent hash "
              + header.parentHash()
              + " is not block "
              + (n - 1)
              + " "
              + previous);
    }
  }

  private void checkBody(long n, Hash hash, BlockHeader header) {
    ChainStore store = access.chainStore();
    Optional<List<Transaction>> body = store.body(hash);
    if (body.isEmpty()) {
      problems.add("block " + n + ": body missing");
      return;
    }
    List<Transaction> txs = body.get();
    transactions += txs.size();
    List<byte[]> encoded = txs.stream().map(TransactionCodec::encodeForTrie).toList();
    if (!MerklePatriciaTrie.orderedRoot(encoded).equals(header.transactionsRoot())) {
      problems.add("block " + n + ": body does not match the header's transactionsRoot");
    }
    Optional<List<Receipt>> receipts = store.receipts(hash);
    if (receipts.isEmpty()) {
      problems.add("block " + n + ": receipts missing");
    } else if (receipts.get().size() != txs.size()) {
      problems.add(
          "block "
              + n
              + ": "
              + receipts.get().size()
              + " receipts for "
              + txs.size()
              + " transactions");
    }
    for (int i = 0; i < txs.size(); i++) {
      Optional<TxLocation> location = store.transactionLocation(txs.get(i).hash());
      TxLocation expected = new TxLocation(hash, n, i);
      if (location.isEmpty()) {
        problems.add(
            "block " + n + ": transaction " + i + " " + txs.get(i).hash() + " is not indexed");
      } else if (!location.get().equals(expected)) {
        problems.add(
            "block "
                + n
                + ": transaction "
                + i
                + " is indexed at "
                + location.get()
                + ", not "
                + expected);
      }
    }
  }

  private void state(Hash stateRoot, long[] counts) {
    TrieWalk.Counts accounts =
        TrieWalk.walk(
            access.trieNodes(),
            stateRoot,
            "account trie",
            problems,
            (key, value) -> {
              Account account;
              try {
                account = AccountCodec.decode(value);
              } catch (RuntimeException e) {
                problems.add("account " + Hash.wrap(key) + " does not decode: " + e.getMessage());
                return;
              }
              TrieWalk.Counts storage =
                  TrieWalk.walk(
                      access.trieNodes(),
                      account.storageRoot(),
                      "storage trie of account " + Hash.wrap(key),
                      problems,
                      (slot, word) -> {});
              counts[1] += storage.leaves();
              counts[2] += storage.nodes();
            });
    counts[0] = accounts.leaves();
    counts[2] += accounts.nodes();
  }
}
