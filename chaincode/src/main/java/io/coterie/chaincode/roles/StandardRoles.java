package io.coterie.chaincode.roles;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.util.List;

/**
 * The roles Coterie defines, each {@code keccak256(name)} as in OpenZeppelin, and fixed addresses.
 */
public final class StandardRoles {
  private StandardRoles() {}

  /** The Roles precompile. */
  public static final ChainAddress ROLES_ADDRESS = ChainAddress.of(0x1000);

  /** The DAO governor precompile, which holds {@link #GOVERNANCE_ROLE} when genesis says so. */
  public static final ChainAddress DAO_GOVERNOR_ADDRESS = ChainAddress.of(0x1003);

  /** {@code 0x00}: admin of every role unless set otherwise. */
  public static final Word DEFAULT_ADMIN_ROLE = Word.ZERO;

  /** Brands: run validators and programs. */
  public static final Word BRAND_ROLE = Word.keccak("BRAND_ROLE");

  /** Shops: award and redeem points. */
  public static final Word SHOP_ROLE = Word.keccak("SHOP_ROLE");

  /** Partner farms: record provenance events. */
  public static final Word FARM_ROLE = Word.keccak("FARM_ROLE");

  /**
   * Auditors: read everything and transact never. A chain rule: a block with a transaction from an
   * AUDITOR_ROLE holder is invalid, and the pool refuses one.
   */
  public static final Word AUDITOR_ROLE = Word.keccak("AUDITOR_ROLE");

  /**
   * Inspectors (certification bodies): attest provenance events, declare errors and recall lots.
   */
  public static final Word INSPECTOR_ROLE = Word.keccak("INSPECTOR_ROLE");

  /** Members: hold points and cards, vote. */
  public static final Word MEMBER_ROLE = Word.keccak("MEMBER_ROLE");

  /**
   * Sponsors: shops' or brands' accounts whose transactions carry members' passkey requests to
   * member accounts ({@code 0x…1008}).
   */
  public static final Word SPONSOR_ROLE = Word.keccak("SPONSOR_ROLE");

  /** Held by the DAO governor so that votes can administer {@link #MEMBER_ROLE}. */
  public static final Word GOVERNANCE_ROLE = Word.keccak("GOVERNANCE_ROLE");

  /** The named roles with their constant-function names, in ABI order. */
  public static final List<NamedRole> ALL =
      List.of(
          new NamedRole("DEFAULT_ADMIN_ROLE", DEFAULT_ADMIN_ROLE),
          new NamedRole("BRAND_ROLE", BRAND_ROLE),
          new NamedRole("SHOP_ROLE", SHOP_ROLE),
          new NamedRole("FARM_ROLE", FARM_ROLE),
          new NamedRole("AUDITOR_ROLE", AUDITOR_ROLE),
          new NamedRole("INSPECTOR_ROLE", INSPECTOR_ROLE),
          new NamedRole("MEMBER_ROLE", MEMBER_ROLE),
          new NamedRole("GOVERNANCE_ROLE", GOVERNANCE_ROLE),
          new NamedRole("SPONSOR_ROLE", SPONSOR_ROLE));

  /** A role and the name of its constant getter. */
  public record NamedRole(String name, Word id) {}
}
