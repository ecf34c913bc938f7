package io.coterie.node.p2p.rlpx;

import io.coterie.node.crypto.NodeKey;
import io.coterie.node.crypto.PrivateKey;
import io.coterie.node.crypto.PublicKey;
import io.coterie.node.crypto.Secp256k1;
import io.coterie.node.types.Bytes;
import java.security.SecureRandom;

/** The dialling side: sends auth, reads ack, derives the secrets. */
public final class InitiatorHandshake {
  private final NodeKey localKey;
  private final PublicKey remoteNodeId;
  private final PrivateKey ephemeral;
  private final byte[] nonce;
  private final byte[] authWire;

  public InitiatorHandshake(NodeKey localKey, PublicKey remoteNodeId, SecureRandom random) {
    this(localKey, remoteNodeId, PrivateKey.random(random), randomNonce(random), random);
  }

  InitiatorHandshake(
      NodeKey localKey,
      PublicKey remoteNodeId,
      PrivateKey ephemeral,
      byte[] nonce,
      SecureRandom random) {
    this.localKey = localKey;
    this.remoteNodeId = remoteNodeId;
    this.ephemeral = ephemeral;
    this.nonce = nonce.clone();
    byte[] staticShared = Ecdh.agree(localKey.privateKey(), remoteNodeId);
    AuthMessage auth =
        new AuthMessage(
            Secp256k1.get().sign(xor(staticShared, nonce), ephemeral),
            localKey.publicKey(),
            Bytes.of(nonce),
            HandshakeCodec.VERSION);
    this.authWire = HandshakeCodec.encodeAuth(auth, remoteNodeId, random);
  }

  public byte[] authWire() {
    return authWire.clone();
  }

  public Secrets onAck(byte[] ackWire) {
    AckMessage ack = HandshakeCodec.decodeAck(ackWire, localKey.privateKey());
    return Secrets.derive(
        true,
        remoteNodeId,
        ephemeral,
        ack.ephemeralKey(),
        nonce,
        ack.recipientNonce().toArray(),
        authWire,
        ackWire);
  }

  static byte[] randomNonce(SecureRandom random) {
    byte[] nonce = new byte[32];
    random.nextBytes(nonce);
    return nonce;
  }

  static byte[] xor(byte[] a, byte[] b) {
    byte[] out = new byte[a.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) (a[i] ^ b[i]);
    }
    return out;
  }
}
