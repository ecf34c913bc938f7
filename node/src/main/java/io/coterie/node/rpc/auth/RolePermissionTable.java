package io.coterie.node.rpc.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.Word;
import io.coterie.node.types.Address;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * On-chain role name to the RPC methods its holders may call, for tokens that carry a {@code
 * coterie:address} claim ({@code --rpc-role-permissions-file}, default {@link #defaults()}). A
 * caller's methods are the union over the roles it holds at the head block; a read-only role
 * forbids sending whatever else is held. This is the node operator's policy, not a chain rule, so
 * it is node configuration rather than genesis (the chain rule that auditors never transact lives
 * in execution).
 *
 * <p>File format (TOML), one table per role:
 *
 * <pre>
 * [roles.FARM_ROLE]
 * permissions = ["eth:*", "net:*", "web3:*", "provenance:*"]
 * send-to = ["0x0000000000000000000000000000000000001004"]   # optional
 * read-only = false                                           # optional
 * own-consent-records-only = false                            # optional
 * </pre>
 */
public record RolePermissionTable(SortedMap<String, RoleGrant> roles) {
  /** Every read of the chain: blocks, state, calls, logs, receipts, the provenance view. */
  static final List<String> READS = List.of("eth:*", "net:*", "web3:*", "provenance:*");

  static final Address PROVENANCE = Address.of(0x1004);

  /** The member relayer's methods, for shops and brands that carry their members' passkey calls. */
  static final List<String> RELAY =
      List.of("coterie:createMemberAccount", "coterie:sendMemberRequest");

  private static final Set<String> KEYS =
      Set.of("permissions", "send-to", "read-only", "own-consent-records-only");

  public RolePermissionTable {
    roles = new TreeMap<>(roles);
  }

  /**
   * The default table (README, "Partner access"): brands, admins and shops read and send, and
   * brands, shops and sponsors may use the member relayer ({@code coterie:createMemberAccount},
   * {@code coterie:sendMemberRequest}); farms and inspectors send only to provenance (0x…1004);
   * auditors read everything including the pool and QBFT's read methods, and never send; members
   * read and send, and read consent records only about themselves.
   */
  public static RolePermissionTable defaults() {
    SortedMap<String, RoleGrant> roles = new TreeMap<>();
    List<String> nodeReads =
        List.of(
            "txpool:*",
            "qbft:getValidatorsByBlockNumber",
            "qbft:getPendingVotes",
            "qbft:getSignerMetrics");
    roles.put("DEFAULT_ADMIN_ROLE", grant(READS, false, List.of(), false));
    roles.put("BRAND_ROLE", grant(plus(plus(READS, nodeReads), RELAY), false, List.of(), false));
    roles.put("SHOP_ROLE", grant(plus(READS, RELAY), false, List.of(), false));
    roles.put("SPONSOR_ROLE", grant(plus(READS, RELAY), false, List.of(), false));
    roles.put("FARM_ROLE", grant(READS, false, List.of(PROVENANCE), false));
    roles.put("INSPECTOR_ROLE", grant(READS, false, List.of(PROVENANCE), false));
    roles.put("AUDITOR_ROLE", grant(plus(READS, nodeReads), true, List.of(), false));
    roles.put("MEMBER_ROLE", grant(READS, false, List.of(), true));
    return new RolePermissionTable(roles);
  }

  /**
   * Reads a table file.
   *
   * @throws IllegalArgumentException naming the file, the role and the problem
   */
  public static RolePermissionTable load(Path file) {
    JsonNode root;
    try {
      root = new TomlMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read the role permissions file "
              + file
              + ": "
              + e.getMessage()
              + "; check --rpc-role-permissions-file");
    }
    JsonNode table = root == null ? null : root.get("roles");
    if (table == null || !table.isObject() || table.isEmpty()) {
      throw new IllegalArgumentException(
          "the role permissions file "
              + file
              + " has no [roles.<ROLE_NAME>] tables; write for example [roles.MEMBER_ROLE] with"
              + " permissions = [\"eth:*\"]");
    }
    SortedMap<String, RoleGrant> roles = new TreeMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = table.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> role = fields.next();
      try {
        roles.put(role.getKey(), entry(role.getValue()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "the role permissions file "
                + file
                + ", role "
                + role.getKey()
                + ": "
                + e.getMessage());
      }
    }
    return new RolePermissionTable(roles);
  }

  /** The grants of the roles in {@code held} that this table names. */
  public SortedMap<String, RoleGrant> grantsFor(Collection<String> held) {
    SortedMap<String, RoleGrant> grants = new TreeMap<>();
    for (String role : held) {
      RoleGrant grant = roles.get(role);
      if (grant != null) {
        grants.put(role, grant);
      }
    }
    return grants;
  }

  /** The role's id in the Roles precompile: 0 for DEFAULT_ADMIN_ROLE, else keccak256(name). */
  static Word roleId(String name) {
    for (StandardRoles.NamedRole role : StandardRoles.ALL) {
      if (role.name().equals(name)) {
        return role.id();
      }
    }
    return Word.keccak(name);
  }

  private static RoleGrant entry(JsonNode node) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("expected a table with permissions = [...]");
    }
    node.fieldNames()
        .forEachRemaining(
            key -> {
              if (!KEYS.contains(key)) {
                throw new IllegalArgumentException(
                    "unknown key '" + key + "'; the keys are " + String.join(", ", KEYS));
              }
            });
    JsonNode permissions = node.get("permissions");
    if (permissions == null || !permissions.isArray()) {
      throw new IllegalArgumentException("needs permissions = [\"ns:method\", ...]");
    }
    List<Address> sendTo = new ArrayList<>();
    for (JsonNode address : node.path("send-to")) {
      try {
        sendTo.add(Address.fromHex(address.asText()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "send-to entry '" + address.asText() + "' is not a 0x-prefixed 20-byte address");
      }
    }
    return grant(
        texts(permissions),
        node.path("read-only").asBoolean(false),
        sendTo,
        node.path("own-consent-records-only").asBoolean(false));
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(item -> out.add(item.asText()));
    return out;
  }

  private static RoleGrant grant(
      List<String> permissions, boolean readOnly, List<Address> sendTo, boolean ownConsent) {
    return new RoleGrant(PermissionSet.parse(permissions), readOnly, sendTo, ownConsent);
  }

  private static List<String> plus(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
