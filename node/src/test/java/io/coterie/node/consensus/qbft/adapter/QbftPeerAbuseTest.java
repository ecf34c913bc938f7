package io.coterie.node.consensus.qbft.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.coterie.node.app.Node;
import io.coterie.node.consensus.qbft.message.ConsensusRound;
import io.coterie.node.consensus.qbft.message.PreparePayload;
import io.coterie.node.consensus.qbft.message.PreparedCertificate;
import io.coterie.node.consensus.qbft.message.PreparedRound;
import io.coterie.node.consensus.qbft.message.RoundChange;
import io.coterie.node.consensus.qbft.message.RoundChangePayload;
import io.coterie.node.consensus.qbft.message.SignedMessage;
import io.coterie.node.consensus.qbft.statemachine.QbftMetrics;
import io.coterie.node.consensus.qbft.validate.MessageRejection;
import io.coterie.node.consensus.qbft.wire.MessageSigner;
import io.coterie.node.consensus.qbft.wire.QbftMessageCode;
import io.coterie.node.consensus.qbft.wire.QbftMessageCodec;
import io.coterie.node.crypto.NodeKey;
import io.coterie.node.p2p.TestPeerNode;
import io.coterie.node.p2p.peer.P2pMetrics;
import io.coterie.node.p2p.protocol.ConsensusProtocol;
import io.coterie.node.p2p.protocol.GossipProtocol;
import io.coterie.node.p2p.rlpx.Capability;
import io.coterie.node.p2p.rlpx.DisconnectReason;
import io.coterie.node.p2p.rlpx.MessageCompression;
import io.coterie.node.p2p.rlpx.RawRlpxClient;
import io.coterie.node.support.LocalValidatorNetwork;
import io.coterie.node.types.Block;
import io.coterie.node.types.Hash;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile peers against four real validators over 127.0.0.1: a bad signature and a non-validator's
 * messages get the peer disconnected and banned; a non-validator flooding QBFT messages with the
 * largest justifications the wire allows does not slow finality.
 */
class QbftPeerAbuseTest {
  private static final Duration LONG = Duration.ofSeconds(60);
  private static final List<Capability> CAPS =
      List.of(GossipProtocol.CAPABILITY, ConsensusProtocol.CAPABILITY);

  /** qbft/1 message ids follow cot/1's 16 after the base protocol's 16. */
  private static final int QBFT_BASE = 0x10 + 16;

  private static final int BLOCKS_MEASURED = 40;

  @TempDir Path dir;

  private static void send(RawRlpxClient client, QbftMessageCode code, byte[] message)
      throws IOException {
    client.sendFrame(QBFT_BASE + code.code(), MessageCompression.compress(message));
  }

  /** A round change for {@code height} claiming round 0 prepared, with 1,024 prepares. */
  private static byte[] hugeRoundChange(NodeKey key, long height) {
    MessageSigner signer = new MessageSigner(key);
    Block block = TestPeerNode.block(height, List.of());
    Hash digest = Hash.keccak(new byte[] {1});
    SignedMessage<PreparePayload> prepare =
        signer.sign(new PreparePayload(new ConsensusRound(height, 0), digest));
    RoundChange rc =
        new RoundChange(
            signer.sign(
                new RoundChangePayload(
                    new ConsensusRound(height, 1), new PreparedRound.PreparedAt(0, digest))),
            new PreparedCertificate.Present(
                block, Collections.nCopies(QbftMessageCodec.MAX_JUSTIFICATIONS, prepare)));
    return QbftMessageCodec.encode(rc);
  }

  private static long nextHeight(Node node) {
    return node.chain().head().number() + 1;
  }

  @Test
  void peersSendingABadSignatureOrANonValidatorsMessagesAreDisconnectedAndBanned()
      throws Exception {
    try (LocalValidatorNetwork net = LocalValidatorNetwork.start(dir, 4)) {
      await().atMost(LONG).until(() -> net.minHead() >= 2);
      net.stop(3);
      Node node = net.node(0);
      QbftMetrics qbft = node.consensusMetrics();
      P2pMetrics p2p = node.peers().orElseThrow().metrics();
      long malformedBefore = qbft.rejected(MessageRejection.MALFORMED);

      // Validator 3's key, its node stopped: a prepare whose signature recovers no key.
      NodeKey three = net.key(3);
      try (RawRlpxClient impostor = new RawRlpxClient(three, net.enode(0))) {
        impostor.hello(CAPS, 1);
        byte[] prepare =
            QbftMessageCodec.encode(
                new io.coterie.node.consensus.qbft.message.Prepare(
                    new MessageSigner(three)
                        .sign(
                            new PreparePayload(
                                new ConsensusRound(nextHeight(node), 0),
                                Hash.keccak(new byte[] {2})))));
        Arrays.fill(prepare, prepare.length - 65, prepare.length - 1, (byte) 0);
        send(impostor, QbftMessageCode.PREPARE, prepare);
        assertThat(impostor.awaitDisconnect()).isEqualTo(DisconnectReason.PROTOCOL_BREACH);
      }
      assertThat(qbft.rejected(MessageRejection.MALFORMED)).isGreaterThan(malformedBefore);
      try (RawRlpxClient again = new RawRlpxClient(three, net.enode(0))) {
        assertThat(again.helloRefusal(CAPS, 1)).hasValue(DisconnectReason.PROTOCOL_BREACH);
      }

      // The observer's key is on the allowlist but no validator's.
      long recoveredBefore = qbft.signaturesRecovered();
      long notValidatorBefore = qbft.rejected(MessageRejection.NOT_A_VALIDATOR);
      try (RawRlpxClient outsider = new RawRlpxClient(net.observerKey(), net.enode(0))) {
        outsider.hello(CAPS, 1);
        send(
            outsider,
            QbftMessageCode.ROUND_CHANGE,
            hugeRoundChange(net.observerKey(), nextHeight(node)));
        assertThat(outsider.awaitDisconnect()).isEqualTo(DisconnectReason.SUBPROTOCOL_ERROR);
      }
      assertThat(qbft.rejected(MessageRejection.NOT_A_VALIDATOR)).isGreaterThan(notValidatorBefore);
      assertThat(p2p.misconductDisconnects()).isEqualTo(2);
      // The validators' own traffic is recovered meanwhile, a few signatures a block.
      System.out.printf(
          "signatures recovered by node 0 while refusing a 1,024-prepare round change: %d%n",
          qbft.signaturesRecovered() - recoveredBefore);

      long head = net.maxHead();
      await().atMost(LONG).until(() -> net.minHead() >= head + 3);
      assertThat(net.disagreements()).isEmpty();
    }
  }

  @Test
  void aNonValidatorFloodingQbftMessagesDoesNotDelayFinality() throws Exception {
    try (LocalValidatorNetwork net = LocalValidatorNetwork.start(dir, 4)) {
      await().atMost(LONG).until(() -> net.minHead() >= 3);
      List<Long> imported = Collections.synchronizedList(new ArrayList<>());
      net.node(0)
          .importer()
          .addListener((block, hash, receipts) -> imported.add(System.nanoTime()));

      await().atMost(LONG).until(() -> imported.size() > BLOCKS_MEASURED);
      List<Long> quiet = intervals(imported);

      imported.clear();
      AtomicBoolean flooding = new AtomicBoolean(true);
      AtomicLong sent = new AtomicLong();
      AtomicLong refused = new AtomicLong();
      Thread flooder = new Thread(() -> flood(net, flooding, sent, refused), "test-qbft-flooder");
      flooder.start();
      try {
        await().atMost(LONG).until(() -> imported.size() > BLOCKS_MEASURED);
      } finally {
        flooding.set(false);
        flooder.join(30_000);
      }
      List<Long> flooded = intervals(imported);

      long notValidator = 0;
      long overflow = 0;
      long banned = 0;
      for (Node node : net.running()) {
        notValidator += node.consensusMetrics().rejected(MessageRejection.NOT_A_VALIDATOR);
        overflow += node.consensusMetrics().queueOverflow();
        banned += node.peers().orElseThrow().metrics().bannedRefused();
      }
      System.out.printf(
          "block interval without flood: p50 %d ms, max %d ms; with flood: p50 %d ms, max %d ms"
              + " (%d QBFT messages of ~%d KiB sent, %d connections refused as banned,"
              + " %d messages refused as not from a validator)%n",
          percentile(quiet, 50),
          percentile(quiet, 100),
          percentile(flooded, 50),
          percentile(flooded, 100),
          sent.get(),
          hugeRoundChange(net.observerKey(), 1).length / 1024,
          refused.get(),
          notValidator);

      assertThat(sent.get() + refused.get()).as("the flood ran").isPositive();
      assertThat(notValidator + banned).as("the validators refused it").isPositive();
      assertThat(overflow).as("QBFT queue overflow").isZero();
      // Generous bounds: a round change (1 s request timeout) would show as a second-long gap.
      assertThat(percentile(flooded, 50)).isLessThanOrEqualTo(2 * percentile(quiet, 50) + 250);
      assertThat(percentile(flooded, 100)).isLessThan(4_000);
      assertThat(net.disagreements()).isEmpty();
    }
  }

  /**
   * One non-validator peer (the observer's key) connecting to every validator in turn, sending
   * 1,024-prepare round changes for the current and later heights until it is disconnected, and
   * reconnecting at once, until told to stop.
   */
  private static void flood(
      LocalValidatorNetwork net, AtomicBoolean flooding, AtomicLong sent, AtomicLong refused) {
    NodeKey key = net.observerKey();
    while (flooding.get()) {
      for (int i = 0; i < 4 && flooding.get(); i++) {
        long height = nextHeight(net.node(i));
        byte[] current = hugeRoundChange(key, height);
        byte[] later = hugeRoundChange(key, height + 3);
        try (RawRlpxClient client = new RawRlpxClient(key, net.enode(i))) {
          Optional<DisconnectReason> refusal = client.helloRefusal(CAPS, 1);
          if (refusal.isPresent()) {
            refused.incrementAndGet();
            continue;
          }
          for (int n = 0; n < 200 && flooding.get(); n++) {
            send(client, QbftMessageCode.ROUND_CHANGE, n % 4 == 3 ? current : later);
            sent.incrementAndGet();
          }
        } catch (IOException | RuntimeException e) {
          // disconnected mid-flood: reconnect
        }
      }
    }
  }

  private static List<Long> intervals(List<Long> importedAt) {
    List<Long> times;
    synchronized (importedAt) {
      times = new ArrayList<>(importedAt);
    }
    List<Long> out = new ArrayList<>();
    for (int i = 1; i < times.size(); i++) {
      out.add((times.get(i) - times.get(i - 1)) / 1_000_000);
    }
    return out;
  }

  private static long percentile(List<Long> values, int p) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }
}
