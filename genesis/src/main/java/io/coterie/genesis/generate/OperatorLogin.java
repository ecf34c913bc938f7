package io.coterie.genesis.generate;

import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * The operator's JSON-RPC login on a generated network: a random password (written only to the
 * admin directory) and the credentials file the node configs name, in Besu's format with the
 * password's bcrypt hash, so {@code POST /login} with user {@code operator} may call every method.
 * Partners do not use it: they log in with their own account key ({@code coterie_login}).
 */
final class OperatorLogin {
  static final String USER = "operator";

  /** 18 random bytes: 24 url-safe base64 characters, 144 bits. */
  private static final int PASSWORD_BYTES = 18;

  /** Besu's cost, as {@code coterie password hash} uses by default. */
  private static final int BCRYPT_COST = 10;

  private final String password;
  private final String hash;

  private OperatorLogin(String password, String hash) {
    this.password = password;
    this.hash = hash;
  }

  static OperatorLogin create(SecureRandom random) {
    byte[] secret = new byte[PASSWORD_BYTES];
    random.nextBytes(secret);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    byte[] salt = new byte[16];
    random.nextBytes(salt);
    return new OperatorLogin(
        password, OpenBSDBCrypt.generate("2b", password.toCharArray(), salt, BCRYPT_COST));
  }

  /** The text of {@code DIR/admin/rpc-password}: the password alone, no newline. */
  String password() {
    return password;
  }

  /** The credentials file ({@code --rpc-http-authentication-credentials-file}). */
  String credentialsToml(String passwordFile) {
    return credentialsToml(hash, "is in\n# " + passwordFile);
  }

  /** A credentials file for {@link #USER} with a given bcrypt {@code hash}. */
  static String credentialsToml(String hash, String whereThePasswordIs) {
    // A bcrypt hash is [$./A-Za-z0-9] only, so it needs no escaping in a TOML string.
    return "# JSON-RPC users for POST /login (Besu's format). The password of "
        + USER
        + " "
        + whereThePasswordIs
        + "; `coterie password hash` makes the hash of another user's password.\n"
        + "[Users."
        + USER
        + "]\npassword = \""
        + hash
        + "\"\npermissions = [\"*:*\"]\n";
  }
}
