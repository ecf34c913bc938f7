package io.coterie.node.rpc.subscription;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Subscription ids: 0x + 16 bytes of hex, a random 8-byte prefix chosen once per hub then a
 * counter. Ids only have to be unique (a connection can unsubscribe only its own), and the prefix
 * keeps ids from a restarted node from colliding with ids a client still holds.
 */
public final class SubscriptionIdSource {
  private final long prefix;
  private final AtomicLong counter = new AtomicLong();

  public SubscriptionIdSource() {
    this(new SecureRandom().nextLong());
  }

  public SubscriptionIdSource(long prefix) {
    this.prefix = prefix;
  }

  /**
   * A 16-byte id written as geth writes its ids: hex without leading zeros, because clients such as
   * web3j read filter ids as quantities and send them back in that form.
   */
  public String next() {
    byte[] id = ByteBuffer.allocate(16).putLong(prefix).putLong(counter.incrementAndGet()).array();
    return "0x" + new BigInteger(1, id).toString(16);
  }
}
