package io.coterie.node.chain;

import io.coterie.node.state.WorldState;
import io.coterie.node.storage.TrieNodeStore;
import io.coterie.node.types.Block;
import io.coterie.node.types.BlockHashing;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Hash;
import io.coterie.node.types.Receipt;
import io.coterie.node.types.ReceiptList;
import io.coterie.node.types.Transaction;
import java.util.List;
import java.util.Optional;

/**
 * The canonical chain as stored, and its head. Readers on any thread see a consistent head: the
 * block, its hash and its state change together. Only {@link BlockImporter} moves the head.
 */
public final class Blockchain implements ChainReader {
  /**
   * Decoded bodies and receipts kept for the newest blocks clients poll (receipt polls look at the
   * last few blocks). Every imported block enters, so this bounds a busy node's heap: 64 blocks of
   * thousands of transactions each kept hundreds of megabytes live and made full collections slow.
   */
  private static final int RECENT_BLOCKS = 16;

  private final long chainId;
  private final ChainStore chainStore;
  private final TrieNodeStore trieNodes;
  private final BlockHashing hashing;
  private final RecentBlocks<List<Transaction>> bodies = new RecentBlocks<>(RECENT_BLOCKS);
  private final RecentBlocks<List<Receipt>> receipts = new RecentBlocks<>(RECENT_BLOCKS);
  private volatile Head head;

  /** The head block together with its hash and its state (kept decoded in memory). */
  record Head(BlockHeader header, Hash hash, WorldState state) {}

  Blockchain(
      long chainId,
      ChainStore chainStore,
      TrieNodeStore trieNodes,
      BlockHashing hashing,
      Head head) {
    this.chainId = chainId;
    this.chainStore = chainStore;
    this.trieNodes = trieNodes;
    this.hashing = hashing;
    this.head = head;
  }

  /**
   * Moves the head to a block just stored. Its decoded transactions and receipts go straight into
   * the recent-block caches: they already carry their recovered senders and hashes, which a copy
   * decoded from disk would have to compute again for the first receipt request.
   */
  void advance(Head newHead, Block block, List<Receipt> blockReceipts) {
    bodies.put(newHead.hash(), List.copyOf(block.transactions()));
    receipts.put(newHead.hash(), ReceiptList.of(blockReceipts));
    head = newHead;
  }

  Head headState() {
    return head;
  }

  /** The state after the head block, with its tries kept decoded: the base for the next block. */
  public WorldState headWorldState() {
    return head.state();
  }

  public Hash headHash() {
    return head.hash();
  }

  @Override
  public long chainId() {
    return chainId;
  }

  @Override
  public BlockHeader head() {
    return head.header();
  }

  @Override
  public Hash hash(BlockHeader header) {
    return hashing.hash(header);
  }

  @Override
  public Optional<BlockHeader> headerByNumber(long number) {
    Head current = head;
    if (number == current.header().number()) {
      return Optional.of(current.header());
    }
    if (number > current.header().number() || number < 0) {
      return Optional.empty();
    }
    return chainStore.canonicalHash(number).flatMap(chainStore::header);
  }

  @Override
  public Optional<BlockHeader> headerByHash(Hash blockHash) {
    Head current = head;
    if (blockHash.equals(current.hash())) {
      return Optional.of(current.header());
    }
    return chainStore.header(blockHash);
  }

  @Override
  public Optional<Block> blockByNumber(long number) {
    return headerByNumber(number).flatMap(header -> blockOf(hash(header), header));
  }

  @Override
  public Optional<Block> blockByHash(Hash blockHash) {
    return headerByHash(blockHash).flatMap(header -> blockOf(blockHash, header));
  }

  private Optional<Block> blockOf(Hash blockHash, BlockHeader header) {
    return bodies
        .get(blockHash, h -> chainStore.body(h).map(List::copyOf))
        .map(txs -> new Block(header, txs));
  }

  @Override
  public Optional<List<Receipt>> receipts(Hash blockHash) {
    return receipts.get(blockHash, h -> chainStore.receipts(h).map(ReceiptList::of));
  }

  /**
   * Where {@code txHash} was mined, if in a block at or below the head. The importer stores a
   * block's index in its write batch a moment before it moves the head, so without this bound a
   * client could read a receipt and then, from {@code latest}, the state before it.
   */
  @Override
  public Optional<TxLocation> transactionLocation(Hash txHash) {
    long headNumber = head.header().number();
    return chainStore
        .transactionLocation(txHash)
        .filter(location -> location.blockNumber() <= headNumber);
  }

  @Override
  public WorldState stateAt(BlockHeader header) {
    Head current = head;
    if (header.stateRoot().equals(current.header().stateRoot())) {
      return current.state();
    }
    return WorldState.open(trieNodes, header.stateRoot());
  }
}
