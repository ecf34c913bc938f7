package io.coterie.node.p2p.rlpx;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.node.crypto.Keccak;
import io.coterie.node.crypto.NodeKey;
import io.coterie.node.crypto.PrivateKey;
import io.coterie.node.crypto.Secp256k1;
import io.coterie.node.p2p.TestPeerNode;
import java.io.DataInputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A pre-EIP-8 initiator (RLPx v4 fixed-size auth) is accepted and answered in its own format. */
class PlainHandshakeTest {
  @Test
  void preEip8AuthGetsAPlainAckAndWorkingFrames() throws Exception {
    SecureRandom random = new SecureRandom();
    try (TestPeerNode node = TestPeerNode.start(List.of())) {
      NodeKey key = TestPeerNode.newKey();
      PrivateKey ephemeral = PrivateKey.random(random);
      byte[] nonce = InitiatorHandshake.randomNonce(random);
      byte[] staticShared = Ecdh.agree(key.privateKey(), node.key.publicKey());
      byte[] signature =
          Secp256k1.get().sign(InitiatorHandshake.xor(staticShared, nonce), ephemeral).toBytes65();
      byte[] body =
          ByteBuffer.allocate(194)
              .put(signature)
              .put(Keccak.hash(Secp256k1.get().publicKey(ephemeral).toBytes()))
              .put(key.publicKey().toBytes())
              .put(nonce)
              .put((byte) 0)
              .array();
      byte[] auth = Ecies.encrypt(node.key.publicKey(), body, new byte[0], random);
      assertThat(auth).hasSize(HandshakeCodec.PLAIN_AUTH_SIZE);

      try (Socket socket = new Socket("127.0.0.1", node.enode().port())) {
        socket.setSoTimeout(10_000);
        socket.getOutputStream().write(auth);
        DataInputStream in = new DataInputStream(socket.getInputStream());
        byte[] ack = in.readNBytes(HandshakeCodec.PLAIN_ACK_SIZE);
        AckMessage decoded = HandshakeCodec.decodeAck(ack, key.privateKey());
        Secrets secrets =
            Secrets.derive(
                true,
                node.key.publicKey(),
                ephemeral,
                decoded.ephemeralKey(),
                nonce,
                decoded.recipientNonce().toArray(),
                auth,
                ack);
        FrameCipher frames = new FrameCipher(secrets);
        int size = frames.decryptHeader(in.readNBytes(FrameCipher.HEADER_SIZE));
        byte[] data = frames.decryptBody(in.readNBytes(FrameCipher.bodyLength(size)), size);
        assertThat(data[0]).as("first message is Hello (id 0x80)").isEqualTo((byte) 0x80);
        Hello hello = BaseMessages.decodeHello(java.util.Arrays.copyOfRange(data, 1, data.length));
        assertThat(hello.nodeId()).isEqualTo(node.key.publicKey());
      }
    }
  }
}
