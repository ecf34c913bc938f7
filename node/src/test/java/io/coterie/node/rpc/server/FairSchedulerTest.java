package io.coterie.node.rpc.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The RPC workers' fairness and bounds, on real threads. */
class FairSchedulerTest {
  private FairScheduler scheduler;

  @AfterEach
  void stop() {
    if (scheduler != null) {
      scheduler.close();
    }
  }

  /** A body of {@code slices} slices of about a millisecond each, recording when it is done. */
  private static FairScheduler.Slice work(int slices, String name, List<String> finished) {
    AtomicInteger left = new AtomicInteger(slices);
    return () -> {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
      if (left.decrementAndGet() > 0) {
        return true;
      }
      finished.add(name);
      return false;
    };
  }

  @Test
  void aCheapCallFromAnotherAddressRunsBeforeAHeavyQueueFinishes() {
    scheduler = new FairScheduler(1, 64, 256);
    List<String> finished = new CopyOnWriteArrayList<>();
    FairScheduler.Lane heavy = scheduler.lane("127.0.0.2");
    for (int i = 0; i < 5; i++) {
      assertThat(heavy.submit(work(200, "heavy-" + i, finished))).isEmpty();
    }
    FairScheduler.Lane honest = scheduler.lane("127.0.0.1");
    assertThat(honest.submit(work(1, "honest", finished))).isEmpty();

    await().atMost(Duration.ofSeconds(30)).until(() -> finished.size() == 6);
    assertThat(finished.indexOf("honest")).isLessThanOrEqualTo(1);
    assertThat(finished.subList(finished.indexOf("honest") + 1, 6))
        .as("one connection's bodies stay in order")
        .isSorted();
  }

  @Test
  void anAddressOverItsQueueLimitIsToldToWait() {
    scheduler = new FairScheduler(1, 2, 256);
    CountDownLatch release = new CountDownLatch(1);
    FairScheduler.Lane lane = scheduler.lane("127.0.0.2");
    FairScheduler.Slice blocked =
        () -> {
          awaitQuietly(release);
          return false;
        };
    assertThat(lane.submit(blocked)).isEmpty();
    assertThat(scheduler.lane("127.0.0.2").submit(blocked)).isEmpty();
    assertThat(lane.submit(blocked))
        .hasValueSatisfying(
            reason ->
                assertThat(reason)
                    .isEqualTo(
                        "127.0.0.2 has 2 requests queued or running, the limit per address"
                            + " (--rpc-max-queued-requests-per-ip); wait for answers before"
                            + " sending more"));
    assertThat(scheduler.lane("127.0.0.3").submit(() -> false)).isEmpty();
    release.countDown();
    await().atMost(Duration.ofSeconds(10)).until(() -> scheduler.queued() == 0);
    assertThat(lane.submit(() -> false)).isEmpty();
  }

  @Test
  void theNodeOverItsQueueLimitRefusesEveryone() {
    scheduler = new FairScheduler(1, 64, 2);
    CountDownLatch release = new CountDownLatch(1);
    FairScheduler.Slice blocked =
        () -> {
          awaitQuietly(release);
          return false;
        };
    scheduler.lane("127.0.0.2").submit(blocked);
    scheduler.lane("127.0.0.3").submit(blocked);
    assertThat(scheduler.lane("127.0.0.4").submit(blocked))
        .hasValue(
            "the node has 2 requests queued or running, its limit (--rpc-max-queued-requests);"
                + " slow down and retry after a second");
    release.countDown();
  }

  @Test
  void closingALaneAbandonsItsQueuedWork() {
    scheduler = new FairScheduler(1, 64, 256);
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean abandoned = new AtomicBoolean();
    FairScheduler.Lane lane = scheduler.lane("127.0.0.2");
    lane.submit(
        () -> {
          awaitQuietly(release);
          return false;
        });
    lane.submit(
        new FairScheduler.Slice() {
          @Override
          public boolean run() {
            throw new AssertionError("a closed connection's work must not run");
          }

          @Override
          public void abandon() {
            abandoned.set(true);
          }
        });
    lane.close();
    assertThat(abandoned).isTrue();
    release.countDown();
    await().atMost(Duration.ofSeconds(10)).until(() -> scheduler.queued() == 0);
    assertThat(lane.submit(() -> false)).hasValue("the connection is closing");
  }

  @Test
  void oneAddressesConnectionsRunOnEveryWorkerAtOnce() {
    scheduler = new FairScheduler(2, 64, 256);
    CountDownLatch bothRunning = new CountDownLatch(2);
    AtomicInteger sawTheOther = new AtomicInteger();
    FairScheduler.Slice meet =
        () -> {
          bothRunning.countDown();
          awaitQuietly(bothRunning);
          if (bothRunning.getCount() == 0) {
            sawTheOther.incrementAndGet();
          }
          return false;
        };
    FairScheduler.Lane first = scheduler.lane("127.0.0.1");
    FairScheduler.Lane second = scheduler.lane("127.0.0.1");
    assertThat(first.submit(meet)).isEmpty();
    assertThat(second.submit(meet)).isEmpty();

    await().atMost(Duration.ofSeconds(30)).until(() -> scheduler.queued() == 0);
    assertThat(sawTheOther).as("both connections' bodies ran side by side").hasValue(2);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
