package io.coterie.node.rpc.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The users of {@code --rpc-http-authentication-credentials-file}, in Besu's format:
 *
 * <pre>
 * [Users.ops]
 * password = "$2b$10$..."          # bcrypt, from `coterie password hash --password …`
 * permissions = ["*:*"]
 * </pre>
 *
 * Hashes are checked at load, so a typo fails the start rather than every login.
 */
public final class UserCredentials {
  private static final UserCredentials NONE = new UserCredentials(new TreeMap<>());

  /** Checked for unknown users too, so a login takes as long whether the user exists or not. */
  private static final String DECOY =
      BcryptPasswords.hash("decoy".toCharArray(), BcryptPasswords.DEFAULT_COST, new SecureRandom());

  private final SortedMap<String, User> users;

  private record User(String hash, PermissionSet permissions) {}

  private UserCredentials(SortedMap<String, User> users) {
    this.users = users;
  }

  public static UserCredentials none() {
    return NONE;
  }

  /**
   * Reads a credentials file.
   *
   * @throws IllegalArgumentException naming the file, the user and the fix
   */
  public static UserCredentials load(Path file) {
    JsonNode root;
    try {
      root = new TomlMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read the credentials file " + file + ": " + e.getMessage());
    }
    JsonNode table = root == null ? null : root.get("Users");
    if (table == null || !table.isObject() || table.isEmpty()) {
      throw new IllegalArgumentException(
          "the credentials file "
              + file
              + " has no [Users.<name>] tables; write [Users.ops] with password = \"<bcrypt hash"
              + " from `coterie password hash`>\" and permissions = [\"*:*\"]");
    }
    SortedMap<String, User> users = new TreeMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = table.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> entry = fields.next();
      String where = "the credentials file " + file + ", user " + entry.getKey() + ": ";
      String hash = entry.getValue().path("password").asText("");
      if (!BcryptPasswords.isHash(hash)) {
        throw new IllegalArgumentException(
            where
                + "password must be a bcrypt hash ($2b$10$…); make one with `coterie password"
                + " hash --password <password>`");
      }
      JsonNode permissions = entry.getValue().path("permissions");
      List<String> texts = new ArrayList<>();
      permissions.forEach(p -> texts.add(p.asText()));
      if (!permissions.isArray()) {
        throw new IllegalArgumentException(where + "needs permissions = [\"ns:method\", ...]");
      }
      try {
        users.put(entry.getKey(), new User(hash, PermissionSet.parse(texts)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + e.getMessage());
      }
    }
    return new UserCredentials(users);
  }

  public boolean present() {
    return !users.isEmpty();
  }

  /** The user's permissions when the password matches; empty otherwise (same time either way). */
  public Optional<PermissionSet> authenticate(String username, char[] password) {
    User user = users.get(username);
    boolean matches = BcryptPasswords.matches(user == null ? DECOY : user.hash(), password);
    return user != null && matches ? Optional.of(user.permissions()) : Optional.empty();
  }
}
