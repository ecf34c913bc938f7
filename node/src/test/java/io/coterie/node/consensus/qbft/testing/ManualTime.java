package io.coterie.node.consensus.qbft.testing;

import io.coterie.node.consensus.qbft.port.QbftClock;
import io.coterie.node.consensus.qbft.port.QbftTimer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A clock that moves only when told, and timers that fire as it moves. */
public final class ManualTime implements QbftClock, QbftTimer {
  private long now;
  private long sequence;
  private final List<Task> tasks = new ArrayList<>();
  private final List<Runnable> afterEachTimer = new ArrayList<>();

  private final class Task implements Scheduled {
    final long dueAt;
    final long order;
    final Runnable action;
    boolean cancelled;

    Task(long dueAt, long order, Runnable action) {
      this.dueAt = dueAt;
      this.order = order;
      this.action = action;
    }

    @Override
    public void cancel() {
      cancelled = true;
    }
  }

  public ManualTime(long startMillis) {
    this.now = startMillis;
  }

  /**
   * Runs {@code handler} after each timer fires, at that timer's time, as the event loop would
   * handle the timer's event before the clock moves on.
   */
  public void afterEachTimer(Runnable handler) {
    afterEachTimer.add(handler);
  }

  @Override
  public long nowMillis() {
    return now;
  }

  @Override
  public Scheduled schedule(long delayMillis, Runnable action) {
    Task task = new Task(now + delayMillis, sequence++, action);
    tasks.add(task);
    return task;
  }

  /** Moves the clock forward, firing due timers in time order (each at its due time). */
  public void advance(long millis) {
    long target = now + millis;
    while (true) {
      Task next =
          tasks.stream()
              .filter(t -> !t.cancelled && t.dueAt <= target)
              .min(Comparator.<Task>comparingLong(t -> t.dueAt).thenComparingLong(t -> t.order))
              .orElse(null);
      if (next == null) {
        break;
      }
      tasks.remove(next);
      now = Math.max(now, next.dueAt);
      next.action.run();
      afterEachTimer.forEach(Runnable::run);
    }
    now = target;
    tasks.removeIf(t -> t.cancelled);
  }
}
