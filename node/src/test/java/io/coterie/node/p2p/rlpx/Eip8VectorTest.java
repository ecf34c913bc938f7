package io.coterie.node.p2p.rlpx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.coterie.node.crypto.PrivateKey;
import io.coterie.node.crypto.PublicKey;
import io.coterie.node.crypto.Secp256k1;
import io.coterie.node.types.Bytes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.digests.KeccakDigest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The RLPx handshake vectors of EIP-8, read from the EIP text in the public vectors. */
class Eip8VectorTest {
  private static String text;

  @BeforeAll
  static void readEip() throws IOException {
    String root = System.getProperty("coterie.vectors");
    Path file = root == null ? null : Path.of(root, "eips", "EIPS", "eip-8.md");
    assumeTrue(
        file != null && Files.exists(file),
        "EIP-8 vectors not found: set -Dcoterie.vectors=<dir holding eips/EIPS/eip-8.md>");
    text = Files.readString(file, StandardCharsets.UTF_8);
  }

  /** The hex block following a heading line that starts with {@code label}. */
  private static byte[] block(String label) {
    int at = text.indexOf(label);
    assertThat(at).as("vector %s present", label).isGreaterThanOrEqualTo(0);
    int start = text.indexOf("```text", at) + "```text".length();
    int end = text.indexOf("```", start);
    return HexFormat.of().parseHex(text.substring(start, end).replaceAll("\\s", ""));
  }

  private static String value(String label) {
    Matcher m = Pattern.compile(Pattern.quote(label) + "\\s*=?\\s*([0-9a-f]{64})").matcher(text);
    assertThat(m.find()).as("value %s present", label).isTrue();
    return m.group(1);
  }

  private static PrivateKey key(String label) {
    return PrivateKey.fromHex(value(label + ":"));
  }

  private static PublicKey pub(PrivateKey key) {
    return Secp256k1.get().publicKey(key);
  }

  @Test
  void everyAuthFormatDecodesToInitiatorKeyNonceAndEphemeralKey() {
    PrivateKey b = key("Static Key B");
    for (String label : new String[] {"(Auth₁)", "(Auth₂)", "(Auth₃)"}) {
      AuthMessage auth = HandshakeCodec.decodeAuth(block(label), b);
      assertThat(auth.initiatorKey()).as(label).isEqualTo(pub(key("Static Key A")));
      assertThat(auth.initiatorNonce()).as(label).isEqualTo(Bytes.fromHex(value("Nonce A:")));
      assertThat(RecipientHandshake.remoteEphemeral(auth, b))
          .as(label)
          .isEqualTo(pub(key("Ephemeral Key A")));
    }
    assertThat(HandshakeCodec.decodeAuth(block("(Auth₂)"), b).version()).isEqualTo(4);
    assertThat(HandshakeCodec.decodeAuth(block("(Auth₃)"), b).version()).isEqualTo(56);
  }

  @Test
  void everyAckFormatDecodesToRecipientEphemeralKeyAndNonce() {
    PrivateKey a = key("Static Key A");
    for (String label : new String[] {"(Ack₁)", "(Ack₂)", "(Ack₃)"}) {
      AckMessage ack = HandshakeCodec.decodeAck(block(label), a);
      assertThat(ack.ephemeralKey()).as(label).isEqualTo(pub(key("Ephemeral Key B")));
      assertThat(ack.recipientNonce()).as(label).isEqualTo(Bytes.fromHex(value("Nonce B:")));
    }
    assertThat(HandshakeCodec.decodeAck(block("(Ack₃)"), a).version()).isEqualTo(57);
  }

  @Test
  void recipientDerivesTheSecretsAndIngressMacOfAuth2Ack2() {
    byte[] auth = block("(Auth₂)");
    byte[] ack = block("(Ack₂)");
    PrivateKey b = key("Static Key B");
    AuthMessage decoded = HandshakeCodec.decodeAuth(auth, b);
    Secrets secrets =
        Secrets.derive(
            false,
            decoded.initiatorKey(),
            key("Ephemeral Key B"),
            RecipientHandshake.remoteEphemeral(decoded, b),
            decoded.initiatorNonce().toArray(),
            HexFormat.of().parseHex(value("Nonce B:")),
            auth,
            ack);

    assertThat(HexFormat.of().formatHex(secrets.aesSecret())).isEqualTo(value("aes-secret"));
    assertThat(HexFormat.of().formatHex(secrets.macSecret())).isEqualTo(value("mac-secret"));
    KeccakDigest ingress = new KeccakDigest(secrets.ingressMac());
    ingress.update("foo".getBytes(StandardCharsets.US_ASCII), 0, 3);
    byte[] foo = new byte[32];
    ingress.doFinal(foo, 0);
    assertThat(HexFormat.of().formatHex(foo)).isEqualTo(value("ingress-mac(\"foo\")"));
  }
}
