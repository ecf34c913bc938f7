package io.coterie.node.execution;

import io.coterie.chaincode.spi.BlockContext;
import io.coterie.node.state.WorldState;
import io.coterie.node.state.WorldStateOverlay;
import io.coterie.node.trie.MerklePatriciaTrie;
import io.coterie.node.types.Address;
import io.coterie.node.types.Block;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Bloom;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import io.coterie.node.types.Receipt;
import io.coterie.node.types.ReceiptCodec;
import io.coterie.node.types.SignatureCheck;
import io.coterie.node.types.Transaction;
import io.coterie.node.types.TransactionCodec;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds blocks from candidate transactions and verifies received blocks by re-executing them. Both
 * paths run the same code, so a block one node builds is a block every node accepts.
 */
public final class BlockExecutor {
  private static final Bytes ZERO_NONCE = Bytes.of(new byte[BlockHeader.NONCE_SIZE]);

  private final TransactionProcessor processor;

  public BlockExecutor(TransactionProcessor processor) {
    this.processor = processor;
  }

  /**
   * Executes candidates in order on top of {@code parent}, leaving out those that cannot run (stale
   * nonce, no funds, no gas left in the block); their reasons are not kept, the pool re-checks
   * them.
   */
  public ExecutedBlock build(
      BlockHeader parent,
      Hash parentHash,
      WorldState parentState,
      BlockTemplate template,
      List<Transaction> candidates) {
    WorldStateOverlay overlay = new WorldStateOverlay(parentState);
    BlockContext context = context(parent.number() + 1, template, parent.gasLimit());
    BigInteger baseFee = parent.baseFeePerGas();
    List<Transaction> included = new ArrayList<>();
    List<Receipt> receipts = new ArrayList<>();
    long gasUsed = 0;
    for (Transaction tx : candidates) {
      long gasLeft = parent.gasLimit() - gasUsed;
      if (gasLeft < IntrinsicGas.TRANSACTION) {
        break;
      }
      // The pool offers candidates by the least gas they can use, so the block may fill before
      // they run out: those that no longer fit are passed over without looking at their state.
      if (tx.gasLimit() > gasLeft || !(tx.signatureCheck() instanceof SignatureCheck.Valid valid)) {
        continue;
      }
      Address sender = valid.sender();
      if (processor.whyNotExecutable(overlay, tx, sender, baseFee, gasLeft).isPresent()) {
        continue;
      }
      TxResult result = processor.execute(overlay, tx, sender, context, baseFee);
      gasUsed += result.gasUsed();
      included.add(tx);
      receipts.add(Receipt.of(tx.type(), result.success(), gasUsed, result.logs()));
    }
    return seal(parent, parentHash, template, overlay, included, receipts, gasUsed);
  }

  /** Re-executes {@code block} on {@code parentState} and compares every derived header field. */
  public BlockVerdict verify(
      Block block, BlockHeader parent, Hash parentHash, WorldState parentState) {
    BlockHeader header = block.header();
    if (!header.parentHash().equals(parentHash) || header.number() != parent.number() + 1) {
      return new BlockVerdict.Invalid(
          "block "
              + header.number()
              + " does not extend block "
              + parent.number()
              + " "
              + parentHash);
    }
    if (header.gasLimit() != parent.gasLimit()) {
      return new BlockVerdict.Invalid(
          "gas limit " + header.gasLimit() + " differs from the chain's " + parent.gasLimit());
    }
    if (!header.baseFeePerGas().equals(parent.baseFeePerGas())) {
      return new BlockVerdict.Invalid(
          "base fee "
              + header.baseFeePerGas()
              + " differs from the chain's "
              + parent.baseFeePerGas());
    }
    if (header.timestamp() < parent.timestamp()) {
      return new BlockVerdict.Invalid(
          "timestamp " + header.timestamp() + " is before its parent's " + parent.timestamp());
    }
    WorldStateOverlay overlay = new WorldStateOverlay(parentState);
    BlockTemplate template =
        new BlockTemplate(
            header.timestamp(), header.coinbase(), header.extraData(), header.mixHash());
    BlockContext context = context(header.number(), template, header.gasLimit());
    List<Receipt> receipts = new ArrayList<>();
    long gasUsed = 0;
    for (int i = 0; i < block.transactions().size(); i++) {
      Transaction tx = block.transactions().get(i);
      if (!(tx.signatureCheck() instanceof SignatureCheck.Valid valid)) {
        return new BlockVerdict.Invalid("transaction " + i + " has an invalid signature");
      }
      Optional<String> problem =
          processor.whyNotExecutable(
              overlay, tx, valid.sender(), header.baseFeePerGas(), header.gasLimit() - gasUsed);
      if (problem.isPresent()) {
        return new BlockVerdict.Invalid(
            "transaction " + i + " " + tx.hash() + ": " + problem.get());
      }
      TxResult result =
          processor.execute(overlay, tx, valid.sender(), context, header.baseFeePerGas());
      gasUsed += result.gasUsed();
      receipts.add(Receipt.of(tx.type(), result.success(), gasUsed, result.logs()));
    }
    ExecutedBlock executed =
        seal(parent, parentHash, template, overlay, block.transactions(), receipts, gasUsed);
    BlockHeader expected = executed.block().header();
    if (!expected.equals(header)) {
      return new BlockVerdict.Invalid(differences(expected, header));
    }
    return new BlockVerdict.Valid(
        new ExecutedBlock(block, receipts, executed.state(), executed.nodes()));
  }

  private ExecutedBlock seal(
      BlockHeader parent,
      Hash parentHash,
      BlockTemplate template,
      WorldStateOverlay overlay,
      List<Transaction> transactions,
      List<Receipt> receipts,
      long gasUsed) {
    BufferedNodes nodes = new BufferedNodes();
    WorldState state = overlay.commitTo(nodes);
    List<byte[]> encodedTxs = new ArrayList<>(transactions.size());
    transactions.forEach(tx -> encodedTxs.add(TransactionCodec.encodeForTrie(tx)));
    List<byte[]> encodedReceipts = new ArrayList<>(receipts.size());
    Bloom.Builder bloom = Bloom.builder();
    for (Receipt receipt : receipts) {
      encodedReceipts.add(ReceiptCodec.encodeForTrie(receipt));
      bloom.add(receipt.bloom());
    }
    BlockHeader header =
        new BlockHeader(
            parentHash,
            Hash.EMPTY_LIST,
            template.coinbase(),
            state.rootHash(),
            MerklePatriciaTrie.orderedRoot(encodedTxs),
            MerklePatriciaTrie.orderedRoot(encodedReceipts),
            bloom.build(),
            BigInteger.ONE,
            parent.number() + 1,
            parent.gasLimit(),
            gasUsed,
            template.timestamp(),
            template.extraData(),
            template.mixHash(),
            ZERO_NONCE,
            parent.baseFeePerGas());
    return new ExecutedBlock(new Block(header, transactions), receipts, state, nodes);
  }

  private BlockContext context(long number, BlockTemplate template, long gasLimit) {
    return new BlockContext(
        number,
        template.timestamp(),
        ChaincodeValues.toChain(template.coinbase()),
        gasLimit,
        processor.rules().chainId());
  }

  private static String differences(BlockHeader expected, BlockHeader actual) {
    List<String> fields = new ArrayList<>();
    if (!expected.stateRoot().equals(actual.stateRoot())) {
      fields.add(
          "stateRoot " + actual.stateRoot() + " (re-executed: " + expected.stateRoot() + ")");
    }
    if (!expected.transactionsRoot().equals(actual.transactionsRoot())) {
      fields.add("transactionsRoot");
    }
    if (!expected.receiptsRoot().equals(actual.receiptsRoot())) {
      fields.add("receiptsRoot");
    }
    if (!expected.logsBloom().equals(actual.logsBloom())) {
      fields.add("logsBloom");
    }
    if (expected.gasUsed() != actual.gasUsed()) {
      fields.add("gasUsed " + actual.gasUsed() + " (re-executed: " + expected.gasUsed() + ")");
    }
    if (fields.isEmpty()) {
      fields.add("a header field (difficulty, ommers or nonce)");
    }
    return "block "
        + actual.number()
        + " does not match its re-execution: "
        + String.join(", ", fields);
  }
}
