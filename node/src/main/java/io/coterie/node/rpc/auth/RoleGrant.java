package io.coterie.node.rpc.auth;

import io.coterie.node.types.Address;
import java.util.List;
import java.util.Objects;

/**
 * What one on-chain role lets its holder call over RPC: {@code permissions} in Besu's syntax, and
 * three narrowings. {@code readOnly}: the holder may not send transactions at all, whatever else it
 * holds. {@code sendTo}: when not empty, the holder's transactions must go to one of these
 * addresses. {@code ownConsentRecordsOnly}: the holder reads consent records only about itself.
 */
public record RoleGrant(
    PermissionSet permissions,
    boolean readOnly,
    List<Address> sendTo,
    boolean ownConsentRecordsOnly) {
  public RoleGrant {
    Objects.requireNonNull(permissions, "permissions");
    sendTo = List.copyOf(sendTo);
  }

  /** Only the permissions, no narrowing: how a credentials-file user's list reads. */
  public static RoleGrant of(PermissionSet permissions) {
    return new RoleGrant(permissions, false, List.of(), false);
  }
}
