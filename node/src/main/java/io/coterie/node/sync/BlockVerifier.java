package io.coterie.node.sync;

import io.coterie.node.chain.BlockImporter;
import io.coterie.node.chain.Blockchain;
import io.coterie.node.consensus.qbft.vote.ValidatorSetCalculator;
import io.coterie.node.execution.BlockExecutor;
import io.coterie.node.execution.BlockVerdict;
import io.coterie.node.execution.ExecutedBlock;
import io.coterie.node.trie.MerklePatriciaTrie;
import io.coterie.node.types.Block;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Hash;
import io.coterie.node.types.Transaction;
import io.coterie.node.types.TransactionCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks a received block passes before import, on the sync thread: link to its parent, commit
 * seals by a quorum of its height's validators, body against the transactions root, and
 * re-execution on the parent's state. Each returns why it fails, or empty.
 */
final class BlockVerifier {
  private final Blockchain chain;
  private final BlockExecutor executor;
  private final BlockImporter importer;
  private final CommittedSealsValidator seals = new CommittedSealsValidator();
  private final DownloadView view;
  private final ValidatorSetCalculator validators;
  // Over the canonical chain only, for announced blocks checked on network threads.
  private final ValidatorSetCalculator headValidators;

  BlockVerifier(
      Blockchain chain, BlockExecutor executor, BlockImporter importer, long epochLength) {
    this.chain = chain;
    this.executor = executor;
    this.importer = importer;
    this.view = new DownloadView(chain);
    this.validators = new ValidatorSetCalculator(view, epochLength);
    this.headValidators = new ValidatorSetCalculator(new DownloadView(chain), epochLength);
  }

  /** Checks the seals of an announced block for the height after the head; any thread. */
  Optional<String> checkSealsAfterHead(BlockHeader header) {
    List<io.coterie.node.types.Address> set;
    try {
      set = headValidators.validatorsAt(header.number());
    } catch (RuntimeException e) {
      return Optional.of(
          "validators of height " + header.number() + " cannot be derived: " + e.getMessage());
    }
    return seals.validate(header, set) instanceof CommittedSealsValidator.Verdict.Rejected r
        ? Optional.of(r.reason())
        : Optional.empty();
  }

  Blockchain chain() {
    return chain;
  }

  /** Forgets downloaded headers that were not imported. */
  void resetDownloaded() {
    view.clear();
  }

  /**
   * Checks {@code header} against the previous one (already checked, or the head) and its seals
   * against the validators of its height, and remembers it for the next height's validators.
   */
  Optional<String> acceptHeader(BlockHeader header, BlockHeader parent, Hash parentHash) {
    if (header.number() != parent.number() + 1) {
      return Optional.of(
          "served block " + header.number() + " where block " + (parent.number() + 1) + " belongs");
    }
    if (!header.parentHash().equals(parentHash)) {
      return Optional.of(
          "block "
              + header.number()
              + " names parent "
              + header.parentHash()
              + " but block "
              + parent.number()
              + " is "
              + parentHash);
    }
    List<io.coterie.node.types.Address> set;
    try {
      set = validators.validatorsAt(header.number());
    } catch (RuntimeException e) {
      return Optional.of(
          "validators of height " + header.number() + " cannot be derived: " + e.getMessage());
    }
    if (seals.validate(header, set) instanceof CommittedSealsValidator.Verdict.Rejected rejected) {
      return Optional.of(rejected.reason());
    }
    view.add(header);
    return Optional.empty();
  }

  static Optional<String> checkBody(BlockHeader header, List<Transaction> body) {
    List<byte[]> encoded = new ArrayList<>(body.size());
    body.forEach(tx -> encoded.add(TransactionCodec.encodeForTrie(tx)));
    Hash root = MerklePatriciaTrie.orderedRoot(encoded);
    if (!root.equals(header.transactionsRoot())) {
      return Optional.of(
          "body of block "
              + header.number()
              + " ("
              + body.size()
              + " transactions) has root "
              + root
              + " but the header commits to "
              + header.transactionsRoot());
    }
    return Optional.empty();
  }

  /**
   * Re-executes {@code block} on the head's state and imports it. Empty when imported, or when
   * another writer (the node's own QBFT commit) already imported that height meanwhile; a reason
   * when it does not re-execute to its header.
   */
  Optional<String> executeAndImport(Block block) {
    // The importer's lock: consensus commits hold it too, so the head cannot move under us.
    synchronized (importer) {
      if (block.header().number() <= chain.head().number()) {
        return Optional.empty();
      }
      BlockVerdict verdict =
          executor.verify(block, chain.head(), chain.headHash(), chain.headWorldState());
      if (verdict instanceof BlockVerdict.Invalid invalid) {
        return Optional.of(invalid.reason());
      }
      ExecutedBlock executed = ((BlockVerdict.Valid) verdict).executed();
      importer.importBlock(executed);
      return Optional.empty();
    }
  }
}
