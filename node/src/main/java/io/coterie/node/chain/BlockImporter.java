package io.coterie.node.chain;

import io.coterie.node.execution.ExecutedBlock;
import io.coterie.node.storage.ChainHead;
import io.coterie.node.storage.KeyValueStore;
import io.coterie.node.storage.MetadataStore;
import io.coterie.node.storage.TrieNodeStore;
import io.coterie.node.storage.WriteBatch;
import io.coterie.node.types.Block;
import io.coterie.node.types.Hash;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only writer of the chain head. A block commits in one write batch: its trie nodes, header,
 * body, receipts, indexes and the new head together, so a crash at any instant leaves the last
 * whole block.
 */
public final class BlockImporter {
  private static final Logger LOG = LoggerFactory.getLogger(BlockImporter.class);

  private final KeyValueStore store;
  private final ChainStore chainStore;
  private final TrieNodeStore trieNodes;
  private final MetadataStore metadata;
  private final Blockchain chain;
  private final List<ChainListener> listeners = new CopyOnWriteArrayList<>();
  private volatile LongConsumer importNanos = nanos -> {};

  public BlockImporter(
      KeyValueStore store,
      ChainStore chainStore,
      TrieNodeStore trieNodes,
      MetadataStore metadata,
      Blockchain chain) {
    this.store = store;
    this.chainStore = chainStore;
    this.trieNodes = trieNodes;
    this.metadata = metadata;
    this.chain = chain;
  }

  public void addListener(ChainListener listener) {
    listeners.add(listener);
  }

  /**
   * Hands each import's duration in nanoseconds (the write batch and the head's advance, execution
   * excluded) to {@code observer}, e.g. a metrics histogram.
   */
  public void timeImportsWith(LongConsumer observer) {
    importNanos = observer;
  }

  /**
   * Commits a block that extends the head. The caller has verified it (built it, or re-executed it
   * and checked its seals).
   */
  public synchronized void importBlock(ExecutedBlock executed) {
    Block block = executed.block();
    Hash hash = chain.hash(block.header());
    Blockchain.Head parent = chain.headState();
    if (!block.header().parentHash().equals(parent.hash())
        || block.header().number() != parent.header().number() + 1) {
      throw new IllegalStateException(
          "block "
              + block.header().number()
              + " "
              + hash
              + " does not extend the head "
              + parent.header().number()
              + " "
              + parent.hash());
    }
    long started = System.nanoTime();
    WriteBatch batch = store.newBatch();
    executed.nodes().writeTo(trieNodes.sink(batch));
    chainStore.put(batch, hash, block, executed.receipts());
    metadata.putHead(batch, new ChainHead(hash, block.header().number()));
    store.commit(batch);
    chain.advance(
        new Blockchain.Head(block.header(), hash, executed.state()), block, executed.receipts());
    long took = System.nanoTime() - started;
    importNanos.accept(took);
    LOG.info(
        "Imported block number={} hash={} txs={} gasUsed={} tookMs={}",
        block.header().number(),
        hash,
        block.transactions().size(),
        block.header().gasUsed(),
        took / 1_000_000);
    for (ChainListener listener : listeners) {
      try {
        listener.onBlockImported(block, hash, executed.receipts());
      } catch (RuntimeException e) {
        LOG.error(
            "Chain listener failed number={} listener={}", block.header().number(), listener, e);
      }
    }
  }
}
