package io.coterie.node.p2p.rlpx;

import io.coterie.node.crypto.NodeKey;
import io.coterie.node.crypto.PrivateKey;
import io.coterie.node.crypto.PublicKey;
import io.coterie.node.crypto.Secp256k1;
import io.coterie.node.types.Bytes;
import java.security.SecureRandom;

/** The listening side: reads auth, answers with ack, derives the secrets. */
public final class RecipientHandshake {
  private final NodeKey localKey;
  private final PrivateKey ephemeral;
  private final byte[] nonce;
  private final SecureRandom random;

  /** The ack to send and the session secrets. */
  public record Result(Bytes ackWire, Secrets secrets) {}

  public RecipientHandshake(NodeKey localKey, SecureRandom random) {
    this(localKey, PrivateKey.random(random), InitiatorHandshake.randomNonce(random), random);
  }

  RecipientHandshake(NodeKey localKey, PrivateKey ephemeral, byte[] nonce, SecureRandom random) {
    this.localKey = localKey;
    this.ephemeral = ephemeral;
    this.nonce = nonce.clone();
    this.random = random;
  }

  public Result onAuth(byte[] authWire) {
    AuthMessage auth = HandshakeCodec.decodeAuth(authWire, localKey.privateKey());
    PublicKey remoteEphemeral = remoteEphemeral(auth, localKey.privateKey());
    AckMessage ack =
        new AckMessage(
            Secp256k1.get().publicKey(ephemeral), Bytes.of(nonce), HandshakeCodec.VERSION);
    // A pre-EIP-8 initiator gets a pre-EIP-8 ack, as it cannot read the EIP-8 one.
    byte[] ackWire =
        HandshakeCodec.isPlainAuth(authWire, localKey.privateKey())
            ? HandshakeCodec.encodePlainAck(ack, auth.initiatorKey(), random)
            : HandshakeCodec.encodeAck(ack, auth.initiatorKey(), random);
    Secrets secrets =
        Secrets.derive(
            false,
            auth.initiatorKey(),
            ephemeral,
            remoteEphemeral,
            auth.initiatorNonce().toArray(),
            nonce,
            authWire,
            ackWire);
    return new Result(Bytes.of(ackWire), secrets);
  }

  /** Recovers the initiator's ephemeral key from its signature over the static ECDH xor nonce. */
  static PublicKey remoteEphemeral(AuthMessage auth, PrivateKey localStatic) {
    byte[] staticShared = Ecdh.agree(localStatic, auth.initiatorKey());
    byte[] signed = InitiatorHandshake.xor(staticShared, auth.initiatorNonce().toArray());
    return Secp256k1.get()
        .recoverPublicKey(signed, auth.signature())
        .orElseThrow(() -> new HandshakeException("auth signature does not recover a key"));
  }
}
