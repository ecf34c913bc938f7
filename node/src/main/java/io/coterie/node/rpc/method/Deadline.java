package io.coterie.node.rpc.method;

import java.time.Duration;

/**
 * When a request's work must stop: long-running methods call {@link #check()} between steps (each
 * block an {@code eth_getLogs} scans, each request of a batch), so a request over its time answers
 * with an error instead of holding a worker. Measured on the monotonic clock.
 */
public final class Deadline {
  private static final Deadline NEVER = new Deadline(Long.MAX_VALUE, Duration.ZERO);

  private final long endNanos;
  private final Duration budget;

  private Deadline(long endNanos, Duration budget) {
    this.endNanos = endNanos;
    this.budget = budget;
  }

  /** A deadline {@code budget} from now. */
  public static Deadline in(Duration budget) {
    return new Deadline(System.nanoTime() + budget.toNanos(), budget);
  }

  /** No deadline: in-process callers and tests of single methods. */
  public static Deadline never() {
    return NEVER;
  }

  public boolean expired() {
    return this != NEVER && System.nanoTime() - endNanos >= 0;
  }

  /**
   * Throws the timeout error once the deadline has passed.
   *
   * @throws RpcException -32005 saying the limit and how to ask for less
   */
  public void check() {
    if (expired()) {
      throw new RpcException(timedOut());
    }
  }

  /** The error of a request that ran out of time. */
  public RpcError timedOut() {
    return RpcError.limitExceeded(
        "request timed out after "
            + budget.toMillis()
            + " ms (the node's --rpc-request-timeout); ask for less: a narrower block range or"
            + " filter, or smaller batches");
  }
}
