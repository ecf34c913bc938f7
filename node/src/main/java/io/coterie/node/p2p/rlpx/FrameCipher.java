package io.coterie.node.p2p.rlpx;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.digests.KeccakDigest;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * RLPx frames: {@code header-ciphertext (16) || header-mac (16) || frame-ciphertext || frame-mac
 * (16)}, AES-256-CTR streams keyed by the aes-secret (zero IV, one per direction), MACs from the
 * running egress/ingress Keccak states seeded through AES-256 of the mac-secret. Not thread-safe:
 * one connection, one event-loop thread.
 *
 * <p>The CTR streams use the JDK's AES (hardware instructions where the CPU has them): every byte a
 * node sends or receives goes through them, and BouncyCastle's table-based AES was a visible share
 * of a busy validator's CPU. The MAC's single-block AES stays with BouncyCastle.
 */
public final class FrameCipher {
  /** Header ciphertext and header MAC. */
  public static final int HEADER_SIZE = 32;

  private static final byte[] HEADER_DATA = {(byte) 0xc2, (byte) 0x80, (byte) 0x80};
  private final Cipher encryptor;
  private final Cipher decryptor;
  private final BlockCipher macCipher;
  private final KeccakDigest egressMac;
  private final KeccakDigest ingressMac;

  public FrameCipher(Secrets secrets) {
    encryptor = ctr(secrets.aesSecret(), Cipher.ENCRYPT_MODE);
    decryptor = ctr(secrets.aesSecret(), Cipher.DECRYPT_MODE);
    macCipher = AESEngine.newInstance();
    macCipher.init(true, new KeyParameter(secrets.macSecret()));
    egressMac = secrets.egressMac();
    ingressMac = secrets.ingressMac();
  }

  /** Encrypts one frame holding {@code frameData} (message id and payload). */
  public byte[] encrypt(byte[] frameData) {
    int size = frameData.length;
    if (size >= 1 << 24) {
      throw new IllegalArgumentException("a frame holds at most 16 MiB - 1, got " + size);
    }
    byte[] header = new byte[16];
    header[0] = (byte) (size >>> 16);
    header[1] = (byte) (size >>> 8);
    header[2] = (byte) size;
    System.arraycopy(HEADER_DATA, 0, header, 3, HEADER_DATA.length);
    int padded = padded(size);
    byte[] out = new byte[HEADER_SIZE + padded + 16];
    stream(encryptor, header, 16, out, 0);
    System.arraycopy(headerMac(egressMac, Arrays.copyOf(out, 16)), 0, out, 16, 16);
    byte[] body = Arrays.copyOf(frameData, padded);
    stream(encryptor, body, padded, out, HEADER_SIZE);
    byte[] bodyCiphertext = Arrays.copyOfRange(out, HEADER_SIZE, HEADER_SIZE + padded);
    System.arraycopy(frameMac(egressMac, bodyCiphertext), 0, out, HEADER_SIZE + padded, 16);
    return out;
  }

  /** Checks and decrypts a header, returning the size of the frame data that follows. */
  public int decryptHeader(byte[] header32) {
    byte[] ciphertext = Arrays.copyOf(header32, 16);
    byte[] expected = headerMac(ingressMac, ciphertext);
    if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(header32, 16, 32))) {
      throw new HandshakeException("frame header MAC mismatch");
    }
    byte[] header = new byte[16];
    stream(decryptor, ciphertext, 16, header, 0);
    return (header[0] & 0xff) << 16 | (header[1] & 0xff) << 8 | (header[2] & 0xff);
  }

  /** Bytes that follow a header announcing {@code frameSize}: padded ciphertext and MAC. */
  public static int bodyLength(int frameSize) {
    return padded(frameSize) + 16;
  }

  public byte[] decryptBody(byte[] body, int frameSize) {
    int padded = padded(frameSize);
    byte[] ciphertext = Arrays.copyOf(body, padded);
    byte[] expected = frameMac(ingressMac, ciphertext);
    if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(body, padded, padded + 16))) {
      throw new HandshakeException("frame MAC mismatch");
    }
    byte[] plain = new byte[padded];
    stream(decryptor, ciphertext, padded, plain, 0);
    return Arrays.copyOf(plain, frameSize);
  }

  private byte[] headerMac(KeccakDigest mac, byte[] headerCiphertext) {
    return updateMac(mac, digest(mac), headerCiphertext);
  }

  private byte[] frameMac(KeccakDigest mac, byte[] frameCiphertext) {
    mac.update(frameCiphertext, 0, frameCiphertext.length);
    byte[] seed = digest(mac);
    return updateMac(mac, seed, seed);
  }

  private byte[] updateMac(KeccakDigest mac, byte[] sum, byte[] seed) {
    byte[] block = new byte[16];
    macCipher.processBlock(sum, 0, block, 0);
    for (int i = 0; i < 16; i++) {
      block[i] ^= seed[i];
    }
    mac.update(block, 0, 16);
    return Arrays.copyOf(digest(mac), 16);
  }

  /** The current value of a running MAC without finishing it. */
  static byte[] digest(KeccakDigest mac) {
    byte[] out = new byte[32];
    new KeccakDigest(mac).doFinal(out, 0);
    return out;
  }

  private static int padded(int size) {
    return (size + 15) / 16 * 16;
  }

  /** Runs {@code length} bytes through a CTR stream, which continues where the last call ended. */
  private static void stream(Cipher cipher, byte[] in, int length, byte[] out, int outOffset) {
    try {
      cipher.update(in, 0, length, out, outOffset);
    } catch (ShortBufferException e) {
      throw new IllegalStateException("frame buffer sized wrongly", e);
    }
  }

  private static Cipher ctr(byte[] key, int mode) {
    try {
      Cipher cipher = Cipher.getInstance("AES/CTR/NoPadding");
      cipher.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(new byte[16]));
      return cipher;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK offers no AES/CTR", e);
    }
  }
}
