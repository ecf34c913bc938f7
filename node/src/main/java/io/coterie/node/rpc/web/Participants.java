package io.coterie.node.rpc.web;

import io.coterie.chaincode.roles.RolesReader;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.spi.WorldStorage;
import java.util.List;

/**
 * Names the accounts of a trace. The chain holds no GLN master data (no party or location names),
 * so a participant is named by the business role it holds on the chain (farm, brand, shop,
 * inspector, auditor, member) and its shortened address; the page says so.
 */
final class Participants {
  /** A role and the word of the page's text for it. */
  enum Kind {
    FARM,
    BRAND,
    SHOP,
    INSPECTOR,
    AUDITOR,
    MEMBER,
    ACCOUNT
  }

  /** Who an address is, as the page shows it. */
  record Participant(Kind kind, ChainAddress address) {
    String shortAddress() {
      String hex = address.toHex();
      return hex.substring(0, 6) + "…" + hex.substring(hex.length() - 4);
    }
  }

  private static final List<Word> ROLE_ORDER =
      List.of(
          StandardRoles.FARM_ROLE,
          StandardRoles.BRAND_ROLE,
          StandardRoles.SHOP_ROLE,
          StandardRoles.INSPECTOR_ROLE,
          StandardRoles.AUDITOR_ROLE,
          StandardRoles.MEMBER_ROLE);

  private final RolesReader roles;
  private final WorldStorage storage;

  Participants(RolesReader roles, WorldStorage storage) {
    this.roles = roles;
    this.storage = storage;
  }

  /** The first of farm, brand, shop, inspector, auditor, member the address holds. */
  Participant of(ChainAddress address) {
    for (int i = 0; i < ROLE_ORDER.size(); i++) {
      if (roles.hasRole(storage, ROLE_ORDER.get(i), address)) {
        return new Participant(Kind.values()[i], address);
      }
    }
    return new Participant(Kind.ACCOUNT, address);
  }
}
