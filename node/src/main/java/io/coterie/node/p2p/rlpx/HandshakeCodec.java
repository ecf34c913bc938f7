package io.coterie.node.p2p.rlpx;

import io.coterie.node.crypto.PrivateKey;
import io.coterie.node.crypto.PublicKey;
import io.coterie.node.crypto.Signature;
import io.coterie.node.rlp.RlpException;
import io.coterie.node.rlp.RlpReader;
import io.coterie.node.rlp.RlpWriter;
import io.coterie.node.types.Bytes;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Auth and ack on the wire. EIP-8: {@code size (2 bytes) || ecies(rlp(body) || padding)}, the size
 * prefix authenticated as ECIES shared MAC data, extra list elements and any version accepted.
 * Pre-EIP-8 ("plain") messages are fixed-size ECIES blobs, accepted when receiving only.
 */
public final class HandshakeCodec {
  /** Sizes on the wire of the pre-EIP-8 messages. */
  public static final int PLAIN_AUTH_SIZE = 194 + Ecies.OVERHEAD;

  public static final int PLAIN_ACK_SIZE = 97 + Ecies.OVERHEAD;
  static final int VERSION = 4;

  private HandshakeCodec() {}

  public static byte[] encodeAuth(AuthMessage auth, PublicKey recipient, SecureRandom random) {
    byte[] body =
        new RlpWriter()
            .startList()
            .writeBytes(auth.signature().toBytes65())
            .writeBytes(auth.initiatorKey().toBytes())
            .writeBytes(auth.initiatorNonce().toArray())
            .writeLong(auth.version())
            .endList()
            .toByteArray();
    return seal(body, recipient, random);
  }

  public static byte[] encodeAck(AckMessage ack, PublicKey recipient, SecureRandom random) {
    byte[] body =
        new RlpWriter()
            .startList()
            .writeBytes(ack.ephemeralKey().toBytes())
            .writeBytes(ack.recipientNonce().toArray())
            .writeLong(ack.version())
            .endList()
            .toByteArray();
    return seal(body, recipient, random);
  }

  /** The pre-EIP-8 ack, sent in answer to a pre-EIP-8 auth. */
  public static byte[] encodePlainAck(AckMessage ack, PublicKey recipient, SecureRandom random) {
    byte[] plain =
        ByteBuffer.allocate(97)
            .put(ack.ephemeralKey().toBytes())
            .put(ack.recipientNonce().toArray())
            .put((byte) 0)
            .array();
    return Ecies.encrypt(recipient, plain, new byte[0], random);
  }

  /** True when {@code wire} is a pre-EIP-8 auth this key can open. */
  public static boolean isPlainAuth(byte[] wire, PrivateKey recipient) {
    return wire.length == PLAIN_AUTH_SIZE && tryPlain(wire, recipient) != null;
  }

  /** Decodes an auth in either format; {@code wire} is the complete message as received. */
  public static AuthMessage decodeAuth(byte[] wire, PrivateKey recipient) {
    if (wire.length == PLAIN_AUTH_SIZE) {
      byte[] plain = tryPlain(wire, recipient);
      if (plain != null) {
        return plainAuth(plain);
      }
    }
    RlpReader list = open(wire, recipient, "auth");
    try {
      Signature signature = Signature.fromBytes65(list.readBytes(65, "auth signature"));
      PublicKey key = PublicKey.fromBytes(list.readBytes(64, "auth public key"));
      Bytes nonce = Bytes.of(list.readBytes(32, "auth nonce"));
      return new AuthMessage(signature, key, nonce, list.readLong());
    } catch (RlpException | IllegalArgumentException e) {
      throw new HandshakeException("malformed auth: " + e.getMessage(), e);
    }
  }

  public static AckMessage decodeAck(byte[] wire, PrivateKey recipient) {
    if (wire.length == PLAIN_ACK_SIZE) {
      byte[] plain = tryPlain(wire, recipient);
      if (plain != null) {
        return new AckMessage(
            PublicKey.fromBytes(Arrays.copyOfRange(plain, 0, 64)),
            Bytes.of(Arrays.copyOfRange(plain, 64, 96)),
            VERSION);
      }
    }
    RlpReader list = open(wire, recipient, "ack");
    try {
      PublicKey key = PublicKey.fromBytes(list.readBytes(64, "ack ephemeral key"));
      Bytes nonce = Bytes.of(list.readBytes(32, "ack nonce"));
      return new AckMessage(key, nonce, list.readLong());
    } catch (RlpException | IllegalArgumentException e) {
      throw new HandshakeException("malformed ack: " + e.getMessage(), e);
    }
  }

  /**
   * How many bytes the message starting in {@code head} occupies if it is EIP-8, from its size
   * prefix; {@code head} must hold at least two bytes.
   */
  public static int eip8Length(byte[] head) {
    return ((head[0] & 0xff) << 8 | (head[1] & 0xff)) + 2;
  }

  /** The decrypted plain (pre-EIP-8) body, or null when {@code wire} is not one. */
  static byte[] tryPlain(byte[] wire, PrivateKey recipient) {
    try {
      return Ecies.decrypt(recipient, wire, new byte[0]);
    } catch (HandshakeException | IllegalArgumentException e) {
      return null;
    }
  }

  private static AuthMessage plainAuth(byte[] plain) {
    try {
      return new AuthMessage(
          Signature.fromBytes65(Arrays.copyOfRange(plain, 0, 65)),
          PublicKey.fromBytes(Arrays.copyOfRange(plain, 97, 161)),
          Bytes.of(Arrays.copyOfRange(plain, 161, 193)),
          VERSION);
    } catch (IllegalArgumentException e) {
      throw new HandshakeException("malformed plain auth: " + e.getMessage(), e);
    }
  }

  private static byte[] seal(byte[] body, PublicKey recipient, SecureRandom random) {
    byte[] padded = Arrays.copyOf(body, body.length + 100 + random.nextInt(201));
    byte[] padding = new byte[padded.length - body.length];
    random.nextBytes(padding);
    System.arraycopy(padding, 0, padded, body.length, padding.length);
    int size = padded.length + Ecies.OVERHEAD;
    byte[] prefix = {(byte) (size >>> 8), (byte) size};
    byte[] sealed = Ecies.encrypt(recipient, padded, prefix, random);
    return ByteBuffer.allocate(2 + sealed.length).put(prefix).put(sealed).array();
  }

  private static RlpReader open(byte[] wire, PrivateKey recipient, String what) {
    if (wire.length < 2 || eip8Length(wire) != wire.length) {
      throw new HandshakeException(
          what + " of " + wire.length + " bytes is neither pre-EIP-8 nor matches its size prefix");
    }
    byte[] plain =
        Ecies.decrypt(recipient, Arrays.copyOfRange(wire, 2, wire.length), Arrays.copyOf(wire, 2));
    try {
      // The list may be followed by random padding, and may hold elements a later version added.
      return new RlpReader(plain).enterList();
    } catch (RlpException e) {
      throw new HandshakeException("malformed " + what + ": " + e.getMessage(), e);
    }
  }
}
