package io.coterie.genesis.spec;

import java.util.Optional;

/** The roles of the roles precompile that a genesis may assign. */
public enum RoleName {
  DEFAULT_ADMIN_ROLE,
  BRAND_ROLE,
  SHOP_ROLE,
  FARM_ROLE,
  AUDITOR_ROLE,
  INSPECTOR_ROLE,
  MEMBER_ROLE,
  SPONSOR_ROLE;

  public static Optional<RoleName> find(String name) {
    for (RoleName role : values()) {
      if (role.name().equals(name)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
