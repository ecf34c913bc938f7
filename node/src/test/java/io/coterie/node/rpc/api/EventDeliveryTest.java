package io.coterie.node.rpc.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.coterie.node.chain.ChainListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Delivery to filters and subscriptions never holds up the thread that imports blocks. */
class EventDeliveryTest {
  @Test
  void theImporterReturnsAtOnceWhileDeliveryIsStuckAndEventsArriveInOrder() {
    CountDownLatch stuck = new CountDownLatch(1);
    List<Thread> deliveredOn = new CopyOnWriteArrayList<>();
    List<Integer> delivered = new CopyOnWriteArrayList<>();
    EventDelivery delivery = new EventDelivery();
    ChainListener importSide =
        delivery.chainListener(
            (block, hash, receipts) -> {
              deliveredOn.add(Thread.currentThread());
              awaitQuietly(stuck);
              delivered.add(delivered.size());
            });

    for (int i = 0; i < 100; i++) {
      importSide.onBlockImported(null, null, List.of());
    }
    assertThat(delivered).as("every import returned while delivery was stuck").isEmpty();
    stuck.countDown();

    await().atMost(Duration.ofSeconds(10)).until(() -> delivered.size() == 100);
    assertThat(delivered).isSorted();
    assertThat(deliveredOn).doesNotContain(Thread.currentThread());
    assertThat(delivery.dropped()).isZero();
  }

  @Test
  void whenSubscribersFallFarBehindTheOldestEventsAreDroppedAndCounted() {
    CountDownLatch stuck = new CountDownLatch(1);
    EventDelivery delivery = new EventDelivery();
    ChainListener importSide =
        delivery.chainListener((block, hash, receipts) -> awaitQuietly(stuck));

    for (int i = 0; i < EventDelivery.QUEUE_CAPACITY + 50; i++) {
      importSide.onBlockImported(null, null, List.of());
    }
    stuck.countDown();

    assertThat(delivery.dropped()).isBetween(49L, 50L);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
