package io.coterie.node.consensus.qbft.statemachine;

import io.coterie.node.consensus.qbft.message.ConsensusRound;
import io.coterie.node.consensus.qbft.port.QbftTimer;
import java.util.function.Consumer;

/**
 * The running round's timeout (the configured round timeout, doubling per round up to its cap);
 * starting it again cancels the previous one, so at most one round timer fires per height.
 */
final class RoundTimer {
  private final QbftTimer timer;
  private final QbftConfig config;
  private final Consumer<QbftEvent> events;
  private QbftTimer.Scheduled scheduled;

  RoundTimer(QbftTimer timer, QbftConfig config, Consumer<QbftEvent> events) {
    this.timer = timer;
    this.config = config;
    this.events = events;
  }

  boolean isRunning() {
    return scheduled != null;
  }

  void start(ConsensusRound round, long extraMillis) {
    if (scheduled != null) {
      scheduled.cancel();
    }
    long timeout = config.roundTimeoutMillis(round.round()) + extraMillis;
    scheduled = timer.schedule(timeout, () -> events.accept(new QbftEvent.RoundTimerFired(round)));
  }
}
