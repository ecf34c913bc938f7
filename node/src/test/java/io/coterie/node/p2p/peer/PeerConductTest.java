package io.coterie.node.p2p.peer;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.node.crypto.NodeKey;
import io.coterie.node.crypto.PrivateKey;
import io.coterie.node.crypto.PublicKey;
import io.coterie.node.p2p.protocol.Offence;
import io.coterie.node.p2p.rlpx.DisconnectReason;
import java.math.BigInteger;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PeerConductTest {
  private final AtomicLong now = new AtomicLong(1_000_000_000_000L);
  private final PeerConduct conduct =
      new PeerConduct(
          P2pLimits.DEFAULTS.withBans(Duration.ofSeconds(30), Duration.ofMinutes(4)), now::get);
  private final PublicKey peer =
      new NodeKey(PrivateKey.fromBigInteger(BigInteger.valueOf(77))).publicKey();

  private void wait(Duration duration) {
    now.addAndGet(duration.toNanos());
  }

  @Test
  void anOffenceNoHonestPeerCommitsReachesTheLimitAtOnce() {
    assertThat(conduct.score(peer, Offence.MALFORMED)).isTrue();
    assertThat(conduct.score(peer, Offence.UNAUTHORISED)).isTrue();
  }

  @Test
  void lesserOffencesMustRepeatAndFadeByAPointASecond() {
    assertThat(conduct.score(peer, Offence.CONFLICTING)).isFalse();
    assertThat(conduct.score(peer, Offence.CONFLICTING)).isFalse();
    wait(Duration.ofSeconds(3));
    assertThat(conduct.score(peer, Offence.CONFLICTING)).as("99 after fading 3").isFalse();
    assertThat(conduct.score(peer, Offence.FLOOD)).isTrue();

    PublicKey flooder = new NodeKey(PrivateKey.fromBigInteger(BigInteger.TEN)).publicKey();
    for (int second = 0; second < 100; second++) {
      assertThat(conduct.score(flooder, Offence.FLOOD)).as("one report every 10 s").isFalse();
      wait(Duration.ofSeconds(10));
    }
  }

  @Test
  void bansDoubleUpToTheCapAndEnd() {
    assertThat(conduct.banOf(peer)).isEmpty();
    assertThat(conduct.ban(peer, DisconnectReason.PROTOCOL_BREACH)).hasSeconds(30);
    assertThat(conduct.banOf(peer))
        .hasValueSatisfying(
            b -> assertThat(b.reason()).isEqualTo(DisconnectReason.PROTOCOL_BREACH));
    wait(Duration.ofSeconds(31));
    assertThat(conduct.banOf(peer)).isEmpty();

    assertThat(conduct.ban(peer, DisconnectReason.SUBPROTOCOL_ERROR)).hasSeconds(60);
    assertThat(conduct.ban(peer, DisconnectReason.SUBPROTOCOL_ERROR)).hasSeconds(120);
    assertThat(conduct.ban(peer, DisconnectReason.SUBPROTOCOL_ERROR)).hasSeconds(240);
    assertThat(conduct.ban(peer, DisconnectReason.SUBPROTOCOL_ERROR)).hasSeconds(240);

    wait(Duration.ofMinutes(4 + 9)); // more than twice the cap after the last ban ended
    assertThat(conduct.ban(peer, DisconnectReason.SUBPROTOCOL_ERROR)).hasSeconds(30);
  }
}
