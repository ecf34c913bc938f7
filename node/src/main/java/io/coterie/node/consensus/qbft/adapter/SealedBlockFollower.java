package io.coterie.node.consensus.qbft.adapter;

import io.coterie.node.chain.Blockchain;
import io.coterie.node.crypto.PublicKey;
import io.coterie.node.p2p.protocol.BlockSink;
import io.coterie.node.types.Block;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the chain from blocks peers announce: the block for head + 1 is imported when a quorum of
 * the validators of its height sealed it and it re-executes to its header; a block further ahead is
 * reported to the {@link ChainGapListener}. Imports run on one thread of their own, in order.
 */
public final class SealedBlockFollower implements BlockSink, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SealedBlockFollower.class);

  private final Blockchain chain;
  private final CommitSeals seals;
  private final ImportingBlockCommitter committer;
  private final ExecutorService imports =
      new ThreadPoolExecutor(
          1,
          1,
          0,
          TimeUnit.MILLISECONDS,
          new ArrayBlockingQueue<>(256),
          runnable -> {
            Thread thread = new Thread(runnable, "block-follower");
            thread.setDaemon(true);
            return thread;
          });
  private volatile ChainGapListener gaps = ChainGapListener.NONE;

  public SealedBlockFollower(
      Blockchain chain, CommitSeals seals, ImportingBlockCommitter committer) {
    this.chain = chain;
    this.seals = seals;
    this.committer = committer;
  }

  /** Where gaps go; the node sets it once the sync component exists. */
  public void onGap(ChainGapListener listener) {
    this.gaps = listener;
  }

  @Override
  public boolean offer(Block block, PublicKey from) {
    long number = block.header().number();
    long head = chain.head().number();
    if (number <= head) {
      return false;
    }
    if (number > head + 1) {
      gaps.onGap(head + 1, number, from);
      return false;
    }
    Optional<String> problem = seals.problem(block);
    if (problem.isPresent()) {
      LOG.info("Rejected announced block number={} reason={}", number, problem.get());
      return false;
    }
    try {
      imports.execute(() -> importSealed(List.of(block)));
    } catch (RejectedExecutionException e) {
      LOG.debug("Block import queue full number={}", number);
      return false;
    }
    return true;
  }

  /**
   * Imports consecutive sealed blocks in order on the import thread, checking each one's seals
   * against the validators of its height; stops at the first that fails.
   */
  public void submit(List<Block> blocks) {
    try {
      imports.execute(() -> importSealed(blocks));
    } catch (RejectedExecutionException e) {
      LOG.debug("Block import queue full blocks={}", blocks.size());
    }
  }

  private void importSealed(List<Block> blocks) {
    try {
      importInOrder(blocks);
    } catch (RuntimeException e) {
      LOG.warn("Importing peer blocks failed", e);
    }
  }

  private void importInOrder(List<Block> blocks) {
    for (Block block : blocks) {
      long number = block.header().number();
      if (number <= chain.head().number()) {
        continue;
      }
      if (number != chain.head().number() + 1) {
        return;
      }
      Optional<String> problem = seals.problem(block);
      if (problem.isPresent()) {
        LOG.info("Rejected peer block number={} reason={}", number, problem.get());
        return;
      }
      try {
        if (!committer.importIfNext(block) && chain.head().number() < number) {
          return;
        }
      } catch (RuntimeException e) {
        LOG.warn("Importing a peer block failed number={}", number, e);
        return;
      }
    }
  }

  @Override
  public void close() {
    imports.shutdownNow();
    try {
      imports.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
