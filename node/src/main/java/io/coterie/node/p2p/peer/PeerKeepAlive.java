package io.coterie.node.p2p.peer;

import io.netty.channel.EventLoop;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A session's keep-alive: a Ping every ping interval, and a timeout when the Pong to the last one
 * has not come within the pong timeout. Runs on the connection's event loop, as its Pongs are read
 * there, so it needs no locking.
 */
final class PeerKeepAlive {
  private final Duration pongTimeout;
  private final Runnable sendPing;
  private final Runnable timedOut;
  private long pingSentNanos = -1;
  private ScheduledFuture<?> pinger;

  /** {@code sendPing} writes a Ping; {@code timedOut} disconnects a peer that did not answer. */
  PeerKeepAlive(Duration pongTimeout, Runnable sendPing, Runnable timedOut) {
    this.pongTimeout = pongTimeout;
    this.sendPing = sendPing;
    this.timedOut = timedOut;
  }

  void start(EventLoop loop, Duration interval) {
    long millis = interval.toMillis();
    pinger = loop.scheduleAtFixedRate(this::tick, millis, millis, TimeUnit.MILLISECONDS);
  }

  void onPong() {
    pingSentNanos = -1;
  }

  void stop() {
    if (pinger != null) {
      pinger.cancel(false);
    }
  }

  private void tick() {
    long now = System.nanoTime();
    if (pingSentNanos >= 0) {
      if (now - pingSentNanos > pongTimeout.toNanos()) {
        timedOut.run();
      }
      return;
    }
    pingSentNanos = now;
    sendPing.run();
  }
}
