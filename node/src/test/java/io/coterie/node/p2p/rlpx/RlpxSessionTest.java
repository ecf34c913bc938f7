package io.coterie.node.p2p.rlpx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.coterie.node.crypto.NodeKey;
import io.coterie.node.crypto.PrivateKey;
import io.coterie.node.p2p.TestPeerNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class RlpxSessionTest {
  private final SecureRandom random = new SecureRandom();

  @Test
  void eciesRoundTripsAndRefusesATamperedMessageOrWrongMacData() {
    NodeKey key = TestPeerNode.newKey();
    byte[] plain = "the plaintext".getBytes(StandardCharsets.UTF_8);
    byte[] sealed = Ecies.encrypt(key.publicKey(), plain, new byte[] {1, 2}, random);
    assertThat(sealed).hasSize(plain.length + Ecies.OVERHEAD);
    assertThat(Ecies.decrypt(key.privateKey(), sealed, new byte[] {1, 2})).isEqualTo(plain);

    assertThatThrownBy(() -> Ecies.decrypt(key.privateKey(), sealed, new byte[] {1, 3}))
        .isInstanceOf(HandshakeException.class)
        .hasMessageContaining("authentication failed");
    sealed[90] ^= 1;
    assertThatThrownBy(() -> Ecies.decrypt(key.privateKey(), sealed, new byte[] {1, 2}))
        .isInstanceOf(HandshakeException.class);
    assertThatThrownBy(() -> Ecies.decrypt(TestPeerNode.newKey().privateKey(), sealed, new byte[0]))
        .isInstanceOf(HandshakeException.class);
  }

  @Test
  void bothSidesDeriveMatchingSecretsAndExchangeFramesInBothDirections() {
    NodeKey a = TestPeerNode.newKey();
    NodeKey b = TestPeerNode.newKey();
    InitiatorHandshake initiator = new InitiatorHandshake(a, b.publicKey(), random);
    RecipientHandshake.Result answer =
        new RecipientHandshake(b, random).onAuth(initiator.authWire());
    Secrets aSecrets = initiator.onAck(answer.ackWire().toArray());
    assertThat(answer.secrets().remoteNodeId()).isEqualTo(a.publicKey());
    assertThat(aSecrets.aesSecret()).isEqualTo(answer.secrets().aesSecret());

    FrameCipher aFrames = new FrameCipher(aSecrets);
    FrameCipher bFrames = new FrameCipher(answer.secrets());
    for (int round = 0; round < 3; round++) {
      byte[] data = ("hello " + round).repeat(round * 7 + 1).getBytes(StandardCharsets.UTF_8);
      assertThat(roundTrip(aFrames, bFrames, data)).isEqualTo(data);
      assertThat(roundTrip(bFrames, aFrames, data)).isEqualTo(data);
    }

    byte[] frame = aFrames.encrypt(new byte[] {1, 2, 3});
    frame[frame.length - 1] ^= 1;
    int size = bFrames.decryptHeader(java.util.Arrays.copyOf(frame, 32));
    assertThatThrownBy(
            () -> bFrames.decryptBody(java.util.Arrays.copyOfRange(frame, 32, frame.length), size))
        .isInstanceOf(HandshakeException.class)
        .hasMessageContaining("frame MAC");
  }

  private static byte[] roundTrip(FrameCipher from, FrameCipher to, byte[] data) {
    byte[] frame = from.encrypt(data);
    int size = to.decryptHeader(java.util.Arrays.copyOf(frame, FrameCipher.HEADER_SIZE));
    assertThat(frame).hasSize(FrameCipher.HEADER_SIZE + FrameCipher.bodyLength(size));
    return to.decryptBody(java.util.Arrays.copyOfRange(frame, 32, frame.length), size);
  }

  @Test
  void authSentByUsIsReadAsEip8AndAnAuthForSomeoneElseIsRefused() {
    NodeKey a = TestPeerNode.newKey();
    NodeKey b = TestPeerNode.newKey();
    byte[] auth = new InitiatorHandshake(a, b.publicKey(), random).authWire();
    assertThat(HandshakeCodec.eip8Length(auth)).isEqualTo(auth.length);
    assertThat(HandshakeCodec.decodeAuth(auth, b.privateKey()).version()).isEqualTo(4);
    assertThatThrownBy(() -> HandshakeCodec.decodeAuth(auth, a.privateKey()))
        .isInstanceOf(HandshakeException.class);
    assertThatThrownBy(() -> HandshakeCodec.decodeAuth(new byte[] {0, 5, 1, 2}, b.privateKey()))
        .isInstanceOf(HandshakeException.class);
  }

  @Test
  void helloWithNewerVersionAndExtraElementsFromEip8Decodes() throws Exception {
    String root = System.getProperty("coterie.vectors");
    Path file = root == null ? null : Path.of(root, "eips", "EIPS", "eip-8.md");
    assumeTrue(file != null && Files.exists(file), "EIP-8 vectors not found (-Dcoterie.vectors)");
    String text = Files.readString(file);
    int at = text.indexOf("devp2p hello packet");
    int start = text.indexOf("```text", at) + 7;
    byte[] packet =
        HexFormat.of()
            .parseHex(text.substring(start, text.indexOf("```", start)).replaceAll("\\s", ""));
    Hello hello = BaseMessages.decodeHello(packet);
    // The EIP's prose says "version 22"; the bytes carry 0x37 (55). Either way: newer than ours.
    assertThat(hello.protocolVersion()).isEqualTo(0x37);
    assertThat(hello.clientId()).isEqualTo("kneth/v0.91/plan9");
    assertThat(hello.capabilities())
        .containsExactly(new Capability("eth", 61), new Capability("mork", 22));
    assertThat(hello.listenPort()).isEqualTo(9999);
  }

  @Test
  void compressionRoundTripsAndChecksTheAnnouncedSize() {
    byte[] plain = "abc".repeat(1000).getBytes(StandardCharsets.UTF_8);
    byte[] packed = MessageCompression.compress(plain);
    assertThat(packed.length).isLessThan(plain.length);
    assertThat(MessageCompression.decompress(packed, plain.length)).isEqualTo(plain);
    assertThatThrownBy(() -> MessageCompression.decompress(packed, plain.length - 1))
        .isInstanceOf(MessageTooLargeException.class);
    assertThatThrownBy(() -> MessageCompression.decompress(new byte[] {5, 0x7f}, 100))
        .isInstanceOf(HandshakeException.class);
    assertThat(PrivateKey.random(random)).isNotNull();
  }
}
