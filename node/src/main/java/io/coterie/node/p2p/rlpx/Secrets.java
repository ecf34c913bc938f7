package io.coterie.node.p2p.rlpx;

import io.coterie.node.crypto.Keccak;
import io.coterie.node.crypto.PrivateKey;
import io.coterie.node.crypto.PublicKey;
import org.bouncycastle.crypto.digests.KeccakDigest;

/**
 * The session secrets of one RLPx connection, as the devp2p spec derives them from the ephemeral
 * ECDH, both nonces and the auth/ack messages as sent (with their size prefix).
 */
public final class Secrets {
  private final PublicKey remoteNodeId;
  private final byte[] aesSecret;
  private final byte[] macSecret;
  private final KeccakDigest egressMac;
  private final KeccakDigest ingressMac;

  private Secrets(
      PublicKey remoteNodeId,
      byte[] aesSecret,
      byte[] macSecret,
      KeccakDigest egressMac,
      KeccakDigest ingressMac) {
    this.remoteNodeId = remoteNodeId;
    this.aesSecret = aesSecret;
    this.macSecret = macSecret;
    this.egressMac = egressMac;
    this.ingressMac = ingressMac;
  }

  public static Secrets derive(
      boolean initiator,
      PublicKey remoteNodeId,
      PrivateKey localEphemeral,
      PublicKey remoteEphemeral,
      byte[] initiatorNonce,
      byte[] recipientNonce,
      byte[] authWire,
      byte[] ackWire) {
    byte[] ephemeralShared = Ecdh.agree(localEphemeral, remoteEphemeral);
    byte[] sharedSecret =
        Keccak.hash(concat(ephemeralShared, Keccak.hash(concat(recipientNonce, initiatorNonce))));
    byte[] aesSecret = Keccak.hash(concat(ephemeralShared, sharedSecret));
    byte[] macSecret = Keccak.hash(concat(ephemeralShared, aesSecret));
    KeccakDigest toRecipient = mac(macSecret, recipientNonce, authWire);
    KeccakDigest toInitiator = mac(macSecret, initiatorNonce, ackWire);
    return initiator
        ? new Secrets(remoteNodeId, aesSecret, macSecret, toRecipient, toInitiator)
        : new Secrets(remoteNodeId, aesSecret, macSecret, toInitiator, toRecipient);
  }

  public PublicKey remoteNodeId() {
    return remoteNodeId;
  }

  byte[] aesSecret() {
    return aesSecret.clone();
  }

  byte[] macSecret() {
    return macSecret.clone();
  }

  /** The live MAC states; only the one {@link FrameCipher} of the connection updates them. */
  KeccakDigest egressMac() {
    return egressMac;
  }

  KeccakDigest ingressMac() {
    return ingressMac;
  }

  private static KeccakDigest mac(byte[] macSecret, byte[] nonce, byte[] message) {
    KeccakDigest digest = new KeccakDigest(256);
    byte[] seed = new byte[32];
    for (int i = 0; i < 32; i++) {
      seed[i] = (byte) (macSecret[i] ^ nonce[i]);
    }
    digest.update(seed, 0, 32);
    digest.update(message, 0, message.length);
    return digest;
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
