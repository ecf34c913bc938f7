package io.coterie.node.consensus.qbft.port;

/** Local wall-clock time, injected so tests control it. */
@FunctionalInterface
public interface QbftClock {
  long nowMillis();
}
