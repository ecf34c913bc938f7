package io.coterie.node.p2p.peer;

import io.coterie.node.crypto.PublicKey;
import io.coterie.node.p2p.protocol.Offence;
import io.coterie.node.p2p.rlpx.DisconnectReason;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Each peer's misbehaviour score and bans, by node id. A score fades by one point a second; one
 * that reaches {@link Offence#LIMIT} gets the peer disconnected and banned, for {@code banInitial}
 * the first time and twice as long each time after, up to {@code banMax}; after twice {@code
 * banMax} without a ban the count starts again. The {@link #REMEMBERED} most recently seen peers
 * are kept. Thread-safe.
 */
final class PeerConduct {
  static final int REMEMBERED = 4_096;

  private final P2pLimits limits;
  private final LongSupplier nanoTime;
  private final Map<PublicKey, Conduct> peers =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<PublicKey, Conduct> eldest) {
          return size() > REMEMBERED;
        }
      };

  /** Why and until when a peer may not connect. */
  record Ban(DisconnectReason reason, Duration remaining) {}

  private static final class Conduct {
    long points;
    long scoredAtNanos;
    int bans;
    long bannedUntilNanos;
    DisconnectReason reason;
  }

  PeerConduct(P2pLimits limits, LongSupplier nanoTime) {
    this.limits = limits;
    this.nanoTime = nanoTime;
  }

  /** Adds the offence to the peer's score; true when the score has reached the limit. */
  synchronized boolean score(PublicKey peer, Offence offence) {
    long now = nanoTime.getAsLong();
    Conduct conduct = peers.computeIfAbsent(peer, id -> new Conduct());
    long faded = (now - conduct.scoredAtNanos) / 1_000_000_000L;
    conduct.points = Math.max(0, conduct.points - faded) + offence.points();
    conduct.scoredAtNanos = now;
    return conduct.points >= Offence.LIMIT;
  }

  /** Bans the peer (its score starts again) and returns for how long. */
  synchronized Duration ban(PublicKey peer, DisconnectReason reason) {
    long now = nanoTime.getAsLong();
    Conduct conduct = peers.computeIfAbsent(peer, id -> new Conduct());
    if (conduct.bans > 0 && now - conduct.bannedUntilNanos > 2 * limits.banMax().toNanos()) {
      conduct.bans = 0;
    }
    long nanos = limits.banInitial().toNanos() << Math.min(conduct.bans, 30);
    Duration length = Duration.ofNanos(Math.min(Math.max(nanos, 0), limits.banMax().toNanos()));
    conduct.bans++;
    conduct.bannedUntilNanos = now + length.toNanos();
    conduct.reason = reason;
    conduct.points = 0;
    return length;
  }

  /** The peer's ban while it lasts. */
  synchronized Optional<Ban> banOf(PublicKey peer) {
    Conduct conduct = peers.get(peer);
    if (conduct == null || conduct.bans == 0) {
      return Optional.empty();
    }
    long remaining = conduct.bannedUntilNanos - nanoTime.getAsLong();
    return remaining > 0
        ? Optional.of(new Ban(conduct.reason, Duration.ofNanos(remaining)))
        : Optional.empty();
  }
}
