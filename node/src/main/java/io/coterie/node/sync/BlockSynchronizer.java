package io.coterie.node.sync;

import io.coterie.node.chain.BlockImporter;
import io.coterie.node.chain.Blockchain;
import io.coterie.node.crypto.PublicKey;
import io.coterie.node.execution.BlockExecutor;
import io.coterie.node.logging.ProgressLog;
import io.coterie.node.p2p.peer.PeerListener;
import io.coterie.node.p2p.protocol.BlockSink;
import io.coterie.node.p2p.protocol.ChainHead;
import io.coterie.node.p2p.rlpx.Capability;
import io.coterie.node.types.Block;
import io.coterie.node.types.BlockHeader;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Catches the chain up with the highest peer. On its own thread, it polls the peers' announced
 * heads (and looks at once when a peer connects); while a peer is ahead, it downloads windows of
 * blocks from it, verifies them (links, commit seals against each height's validators, bodies,
 * re-execution) and imports them. A peer that times out or lacks blocks is set aside for a short
 * while; one that serves invalid data is penalised and set aside for long. Every block commits on
 * its own, so a restart resumes from the stored head. As the {@code cot/1} block sink, it imports
 * an announced block that extends the head after the same checks (seals before relaying).
 */
public final class BlockSynchronizer implements PeerListener, BlockSink, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(BlockSynchronizer.class);
  private static final int PROBLEMS_KEPT = 32;

  private final Blockchain chain;
  private final SyncPeers peers;
  private final PeerPenalty penalty;
  private final SyncConfig config;
  private final BlockVerifier verifier;
  private final WindowDownloader downloader;
  private final Map<PublicKey, Long> setAsideUntilNanos = new ConcurrentHashMap<>();
  private final Deque<SyncProblem> problems = new ArrayDeque<>();
  private final AtomicBoolean lookScheduled = new AtomicBoolean();
  private final ScheduledExecutorService thread;
  private volatile boolean running;
  private volatile SyncStatus status;
  // Lines of "Sync progress count=… rate=… eta=…" while behind; only catchUp's thread touches it.
  private ProgressLog progress;

  public BlockSynchronizer(
      Blockchain chain,
      BlockExecutor executor,
      BlockImporter importer,
      long epochLength,
      SyncPeers peers,
      PeerPenalty penalty,
      SyncConfig config) {
    this.chain = chain;
    this.peers = peers;
    this.penalty = penalty;
    this.config = config;
    this.verifier = new BlockVerifier(chain, executor, importer, epochLength);
    this.downloader = new WindowDownloader(peers, verifier, config.windowBlocks(), () -> running);
    this.thread =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "sync");
              t.setDaemon(true);
              return t;
            });
  }

  public BlockSynchronizer start() {
    running = true;
    thread.scheduleWithFixedDelay(
        this::look, 0, config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    return this;
  }

  /**
   * Stops after the block being imported. Called from the sync thread itself (a chain listener), it
   * only asks the thread to stop; from elsewhere it waits for the thread to end.
   */
  public void stop() {
    running = false;
    thread.shutdownNow();
    if (!Thread.currentThread().getName().equals("sync")) {
      try {
        thread.awaitTermination(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public void close() {
    stop();
  }

  /** Progress while behind a peer, for {@code eth_syncing}; empty when caught up. */
  public Optional<SyncStatus> status() {
    return Optional.ofNullable(status);
  }

  /** The most recent download problems, oldest first. */
  public List<SyncProblem> problems() {
    synchronized (problems) {
      return List.copyOf(problems);
    }
  }

  /** Looks for a peer ahead now (also on every poll). */
  public void lookNow() {
    if (running && lookScheduled.compareAndSet(false, true)) {
      try {
        thread.execute(this::look);
      } catch (java.util.concurrent.RejectedExecutionException e) {
        lookScheduled.set(false);
      }
    }
  }

  @Override
  public void onConnected(PublicKey nodeId, List<Capability> capabilities) {
    // The peer's head arrives in its status message just after; the poll would also find it.
    if (running) {
      try {
        thread.schedule(this::lookNow, 100, TimeUnit.MILLISECONDS);
      } catch (java.util.concurrent.RejectedExecutionException e) {
        // stopping
      }
    }
  }

  @Override
  public void onDisconnected(PeerDisconnected event) {}

  /**
   * An announced block: relayed (true) when it extends the head and its seals are final, then
   * re-executed and imported on the sync thread. A block further ahead starts a catch-up instead.
   */
  @Override
  public boolean offer(Block block, PublicKey from) {
    BlockHeader header = block.header();
    BlockHeader head = chain.head();
    if (!running || header.number() <= head.number()) {
      return false;
    }
    if (header.number() > head.number() + 1 || !header.parentHash().equals(chain.headHash())) {
      lookNow();
      return false;
    }
    Optional<String> problem = verifier.checkSealsAfterHead(header);
    if (problem.isPresent()) {
      onProblem(new SyncProblem(from, header.number(), SyncProblem.Kind.INVALID, problem.get()));
      return false;
    }
    try {
      thread.execute(() -> importAnnounced(block, from));
    } catch (java.util.concurrent.RejectedExecutionException e) {
      return false;
    }
    return true;
  }

  /**
   * A block announced by hash. Validators are told of each block by hash and normally import it
   * from consensus a moment later, so only a gap of more than one block starts a catch-up at once;
   * the poll catches a single missed block.
   */
  @Override
  public void announced(long number, PublicKey from) {
    if (number > chain.head().number() + 1) {
      lookNow();
    }
  }

  private void importAnnounced(Block block, PublicKey from) {
    BlockHeader header = block.header();
    if (!running || !header.parentHash().equals(chain.headHash())) {
      return;
    }
    Optional<String> problem = BlockVerifier.checkBody(header, block.transactions());
    try {
      problem = problem.isPresent() ? problem : verifier.executeAndImport(block);
    } catch (IllegalStateException e) {
      return; // another writer imported this height meanwhile
    }
    problem.ifPresent(
        reason ->
            onProblem(new SyncProblem(from, header.number(), SyncProblem.Kind.INVALID, reason)));
  }

  private void look() {
    lookScheduled.set(false);
    try {
      catchUp();
    } catch (RuntimeException e) {
      LOG.error("Sync failed head={}", chain.head().number(), e);
    }
  }

  private void catchUp() {
    while (running) {
      long ours = chain.head().number();
      Optional<Map.Entry<PublicKey, ChainHead>> best = bestPeer(ours);
      if (best.isEmpty()) {
        if (status != null) {
          LOG.info("Sync caught up head={}", ours);
        }
        status = null;
        progress = null;
        return;
      }
      PublicKey peer = best.get().getKey();
      long target = best.get().getValue().number();
      SyncStatus previous = status;
      if (previous == null) {
        LOG.info("Sync started head={} target={} peer={}", ours, target, shortId(peer));
        progress = ProgressLog.every5s("Sync progress", "blocks", OptionalLong.empty(), LOG::info);
      }
      long starting = previous == null ? ours : previous.startingBlock();
      long highest = previous == null ? target : Math.max(previous.highestBlock(), target);
      progress.total(highest - starting);
      status = new SyncStatus(starting, ours, highest);
      WindowOutcome outcome = fetchWindow(peer, target);
      if (outcome instanceof WindowOutcome.Stopped) {
        return;
      }
      if (outcome instanceof WindowOutcome.Failed failed) {
        onProblem(failed.problem());
      }
      long now = chain.head().number();
      status = new SyncStatus(starting, now, Math.max(highest, now));
      progress.reached(now - starting);
    }
  }

  private WindowOutcome fetchWindow(PublicKey peer, long target) {
    try {
      return downloader.fetch(peer, target);
    } catch (IllegalStateException e) {
      // Another writer (consensus) moved the head meanwhile: look again from the new head.
      LOG.debug("Head moved during sync head={} reason={}", chain.head().number(), e.getMessage());
      return new WindowOutcome.Imported(0);
    }
  }

  private Optional<Map.Entry<PublicKey, ChainHead>> bestPeer(long ours) {
    long now = System.nanoTime();
    setAsideUntilNanos.values().removeIf(until -> until - now <= 0);
    return peers.heads().entrySet().stream()
        .filter(e -> e.getValue().number() > ours)
        .filter(e -> !setAsideUntilNanos.containsKey(e.getKey()))
        .max(Comparator.comparingLong(e -> e.getValue().number()));
  }

  private void onProblem(SyncProblem problem) {
    synchronized (problems) {
      if (problems.size() == PROBLEMS_KEPT) {
        problems.removeFirst();
      }
      problems.addLast(problem);
    }
    java.time.Duration backoff =
        switch (problem.kind()) {
          case TIMEOUT, UNAVAILABLE -> config.slowPeerBackoff();
          case INVALID -> config.invalidPeerBackoff();
        };
    setAsideUntilNanos.put(problem.peer(), System.nanoTime() + backoff.toNanos());
    switch (problem.kind()) {
      case TIMEOUT, UNAVAILABLE ->
          LOG.info(
              "Sync peer set aside node={} block={} kind={} reason={}",
              shortId(problem.peer()),
              problem.blockNumber(),
              problem.kind(),
              problem.reason());
      case INVALID -> {
        LOG.warn(
            "Sync peer served invalid data node={} block={} reason={}",
            shortId(problem.peer()),
            problem.blockNumber(),
            problem.reason());
        penalty.penalise(problem.peer(), problem.reason());
      }
    }
  }

  private static String shortId(PublicKey peer) {
    return peer.toHex().substring(0, 18);
  }
}
