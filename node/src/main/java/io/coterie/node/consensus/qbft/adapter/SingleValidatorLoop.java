package io.coterie.node.consensus.qbft.adapter;

import io.coterie.node.chain.BlockImporter;
import io.coterie.node.execution.ExecutedBlock;
import io.coterie.node.types.Address;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives block production when this node is the only validator: a block every block period while
 * the pool has transactions, and an empty one after the empty-block period. Runs on its own thread,
 * which is the only thread that produces and imports blocks.
 */
public final class SingleValidatorLoop implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SingleValidatorLoop.class);

  private final SealingBlockProducer producer;
  private final BlockImporter importer;
  private final List<Address> validators;
  private final long blockPeriodMillis;
  private final long emptyBlockPeriodMillis;
  private final LongSupplier clockMillis;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition wake = lock.newCondition();
  private final Thread thread;
  private volatile boolean running = true;

  public SingleValidatorLoop(
      SealingBlockProducer producer,
      BlockImporter importer,
      List<Address> validators,
      long blockPeriodMillis,
      long emptyBlockPeriodMillis,
      LongSupplier clockMillis) {
    this.producer = producer;
    this.importer = importer;
    this.validators = List.copyOf(validators);
    this.blockPeriodMillis = blockPeriodMillis;
    this.emptyBlockPeriodMillis = Math.max(emptyBlockPeriodMillis, blockPeriodMillis);
    this.clockMillis = clockMillis;
    this.thread = new Thread(this::run, "block-producer");
    this.thread.setDaemon(true);
  }

  public void start() {
    thread.start();
  }

  /** Tells the loop a transaction arrived, so an idle chain need not wait for its next poll. */
  public void onTransaction() {
    lock.lock();
    try {
      wake.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private void run() {
    long lastBlockAt = clockMillis.getAsLong();
    while (running) {
      try {
        long now = clockMillis.getAsLong();
        long sinceLast = now - lastBlockAt;
        boolean due =
            sinceLast >= blockPeriodMillis
                && (producer.hasPendingTransactions() || sinceLast >= emptyBlockPeriodMillis);
        if (!due) {
          long waitFor =
              sinceLast < blockPeriodMillis
                  ? blockPeriodMillis - sinceLast
                  : Math.min(emptyBlockPeriodMillis - sinceLast, blockPeriodMillis);
          sleep(Math.max(1, waitFor));
          continue;
        }
        lastBlockAt = now;
        ExecutedBlock block = producer.produce(now / 1000, validators);
        importer.importBlock(block);
      } catch (RuntimeException e) {
        LOG.error("Block production failed; retrying next period", e);
        sleep(blockPeriodMillis);
      }
    }
  }

  private void sleep(long millis) {
    lock.lock();
    try {
      wake.await(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
