package io.coterie.node.rpc.auth;

import java.security.SecureRandom;
import org.bouncycastle.crypto.RuntimeCryptoException;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * bcrypt hashes as Besu's credentials files hold them ({@code $2a$}/{@code $2b$}/{@code $2y$}, cost
 * 10 by default), with BouncyCastle's OpenBSD implementation.
 */
public final class BcryptPasswords {
  public static final int DEFAULT_COST = 10;

  private BcryptPasswords() {}

  /** A new {@code $2b$} hash with a random salt. */
  public static String hash(char[] password, int cost, SecureRandom random) {
    byte[] salt = new byte[16];
    random.nextBytes(salt);
    return OpenBSDBCrypt.generate("2b", password, salt, cost);
  }

  /** Whether {@code password} matches {@code hash}; false (never an exception) for a bad hash. */
  public static boolean matches(String hash, char[] password) {
    try {
      return OpenBSDBCrypt.checkPassword(hash, password);
    } catch (IllegalArgumentException | RuntimeCryptoException e) {
      return false;
    }
  }

  /** Whether {@code hash} is a bcrypt hash this class can check. */
  public static boolean isHash(String hash) {
    return hash.matches("\\$2[aby]\\$\\d\\d\\$[./A-Za-z0-9]{53}");
  }
}
