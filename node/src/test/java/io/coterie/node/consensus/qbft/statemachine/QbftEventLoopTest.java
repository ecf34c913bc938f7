package io.coterie.node.consensus.qbft.statemachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.coterie.node.consensus.qbft.extradata.QbftExtraData;
import io.coterie.node.consensus.qbft.port.BlockCreator;
import io.coterie.node.consensus.qbft.port.QbftTimer;
import io.coterie.node.consensus.qbft.port.ValidatorVoteSource;
import io.coterie.node.consensus.qbft.testing.CapturingNetwork;
import io.coterie.node.consensus.qbft.testing.InMemoryChain;
import io.coterie.node.consensus.qbft.testing.MemoryStateStore;
import io.coterie.node.consensus.qbft.testing.TestValidators;
import io.coterie.node.consensus.qbft.vote.ValidatorSetCalculator;
import io.coterie.node.types.Address;
import io.coterie.node.types.Block;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Bytes;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class QbftEventLoopTest {
  @Test
  void eventsBeyondTheQueueCapacityAreDroppedAndCounted() {
    QbftMetrics metrics = new QbftMetrics();
    QbftEventLoop loop = new QbftEventLoop(2, metrics); // not started: nothing drains it
    QbftEvent event = new QbftEvent.MessageReceived(Address.of(1), 0x13, Bytes.EMPTY);

    assertThat(loop.offer(event)).isTrue();
    assertThat(loop.offer(event)).isTrue();
    assertThat(loop.offer(event)).isFalse();
    assertThat(metrics.queueOverflow()).isEqualTo(1);
  }

  @Test
  void aSingleValidatorCommitsBlocksOnTheLoopThreadWithRealTime() {
    TestValidators validators = TestValidators.create(1);
    InMemoryChain chain = new InMemoryChain(validators.addresses());
    ValidatorSetCalculator calculator = new ValidatorSetCalculator(chain, 30_000);
    chain.validators(calculator);
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    QbftTimer timer =
        (delay, action) -> {
          ScheduledFuture<?> future = scheduler.schedule(action, delay, TimeUnit.MILLISECONDS);
          return () -> future.cancel(false);
        };
    AtomicLong content = new AtomicLong();
    BlockCreator creator =
        new BlockCreator() {
          @Override
          public Block create(BlockHeader parent, long timestampSeconds, QbftExtraData extra) {
            return InMemoryChain.block(
                parent, validators.address(0), timestampSeconds, extra, content.incrementAndGet());
          }

          @Override
          public boolean hasPendingTransactions() {
            return true;
          }
        };
    QbftMetrics metrics = new QbftMetrics();
    QbftEventLoop loop = new QbftEventLoop(QbftEventLoop.DEFAULT_CAPACITY, metrics);
    QbftServices services =
        new QbftServices(
            new QbftConfig(20, 1_000, 20, 8_000),
            validators.key(0),
            chain,
            calculator,
            creator,
            chain,
            chain,
            new CapturingNetwork(),
            new MemoryStateStore(),
            ValidatorVoteSource.NONE,
            System::currentTimeMillis,
            timer);
    chain.onNewHead(header -> loop.offer(new QbftEvent.NewChainHead(header)));
    try (loop) {
      loop.start(new QbftController(services, metrics, loop::offer));
      await().atMost(Duration.ofSeconds(10)).until(() -> chain.headNumber() >= 5);
    } finally {
      scheduler.shutdownNow();
    }
    assertThat(metrics.blocksCommitted()).isGreaterThanOrEqualTo(5);
    assertThat(metrics.localRoundChanges()).isZero();
  }
}
