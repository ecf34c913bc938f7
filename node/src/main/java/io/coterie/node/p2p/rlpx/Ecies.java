package io.coterie.node.p2p.rlpx;

import io.coterie.node.crypto.PrivateKey;
import io.coterie.node.crypto.PublicKey;
import io.coterie.node.crypto.Secp256k1;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.CTRModeCipher;
import org.bouncycastle.crypto.modes.SICBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;

/**
 * ECIES as devp2p uses it: ECDH with a fresh ephemeral key, the NIST SP 800-56 concatenation KDF
 * over SHA-256, AES-128-CTR and HMAC-SHA-256 over {@code iv || ciphertext || sharedMacData}. The
 * output is {@code R (65 bytes, 0x04 || x || y) || iv || ciphertext || mac}.
 */
public final class Ecies {
  /** Bytes ECIES adds to a plaintext. */
  public static final int OVERHEAD = 65 + 16 + 32;

  private Ecies() {}

  public static byte[] encrypt(
      PublicKey recipient, byte[] plaintext, byte[] sharedMacData, SecureRandom random) {
    byte[] iv = new byte[16];
    random.nextBytes(iv);
    return encrypt(recipient, plaintext, sharedMacData, PrivateKey.random(random), iv);
  }

  static byte[] encrypt(
      PublicKey recipient,
      byte[] plaintext,
      byte[] sharedMacData,
      PrivateKey ephemeral,
      byte[] iv) {
    byte[][] keys = keys(Ecdh.agree(ephemeral, recipient));
    byte[] ciphertext = aesCtr(keys[0], iv, plaintext);
    byte[] mac = hmac(keys[1], iv, ciphertext, sharedMacData);
    return ByteBuffer.allocate(OVERHEAD + plaintext.length)
        .put((byte) 0x04)
        .put(Secp256k1.get().publicKey(ephemeral).toBytes())
        .put(iv)
        .put(ciphertext)
        .put(mac)
        .array();
  }

  public static byte[] decrypt(PrivateKey recipient, byte[] message, byte[] sharedMacData) {
    if (message.length < OVERHEAD) {
      throw new HandshakeException(
          "ECIES message of "
              + message.length
              + " bytes is shorter than its "
              + OVERHEAD
              + "-byte overhead");
    }
    if (message[0] != 0x04) {
      throw new HandshakeException("ECIES message does not start with an uncompressed key");
    }
    PublicKey ephemeral = PublicKey.fromBytes(Arrays.copyOfRange(message, 1, 65));
    byte[][] keys = keys(Ecdh.agree(recipient, ephemeral));
    byte[] iv = Arrays.copyOfRange(message, 65, 81);
    byte[] ciphertext = Arrays.copyOfRange(message, 81, message.length - 32);
    byte[] mac = Arrays.copyOfRange(message, message.length - 32, message.length);
    if (!MessageDigest.isEqual(mac, hmac(keys[1], iv, ciphertext, sharedMacData))) {
      throw new HandshakeException("ECIES message authentication failed");
    }
    return aesCtr(keys[0], iv, ciphertext);
  }

  /** {@code [encryptionKey (16), macKey (sha256 of the next 16)]}. */
  private static byte[][] keys(byte[] sharedSecret) {
    byte[] derived = concatKdf(sharedSecret, 32);
    byte[] encryptionKey = Arrays.copyOfRange(derived, 0, 16);
    SHA256Digest sha = new SHA256Digest();
    sha.update(derived, 16, 16);
    byte[] macKey = new byte[32];
    sha.doFinal(macKey, 0);
    return new byte[][] {encryptionKey, macKey};
  }

  static byte[] concatKdf(byte[] z, int length) {
    SHA256Digest sha = new SHA256Digest();
    byte[] out = new byte[(length + 31) / 32 * 32];
    byte[] block = new byte[32];
    for (int counter = 1, offset = 0; offset < length; counter++, offset += 32) {
      sha.update(ByteBuffer.allocate(4).putInt(counter).array(), 0, 4);
      sha.update(z, 0, z.length);
      sha.doFinal(block, 0);
      System.arraycopy(block, 0, out, offset, 32);
    }
    return Arrays.copyOf(out, length);
  }

  private static byte[] aesCtr(byte[] key, byte[] iv, byte[] input) {
    CTRModeCipher ctr = SICBlockCipher.newInstance(AESEngine.newInstance());
    ctr.init(true, new ParametersWithIV(new KeyParameter(key), iv));
    byte[] out = new byte[input.length];
    ctr.processBytes(input, 0, input.length, out, 0);
    return out;
  }

  private static byte[] hmac(byte[] key, byte[] iv, byte[] ciphertext, byte[] sharedMacData) {
    HMac hmac = new HMac(new SHA256Digest());
    hmac.init(new KeyParameter(key));
    hmac.update(iv, 0, iv.length);
    hmac.update(ciphertext, 0, ciphertext.length);
    hmac.update(sharedMacData, 0, sharedMacData.length);
    byte[] out = new byte[32];
    hmac.doFinal(out, 0);
    return out;
  }
}
