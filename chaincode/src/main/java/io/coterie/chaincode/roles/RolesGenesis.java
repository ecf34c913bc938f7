package io.coterie.chaincode.roles;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The Roles account's storage in the genesis block: exactly the slots that granting the same roles
 * through calls would write (no events). Zero values are omitted, as the trie omits them.
 */
public final class RolesGenesis {
  private RolesGenesis() {}

  /** Storage for {@code members} (role → holders in enumeration order; repeats are ignored). */
  public static SortedMap<Word, Word> initialStorage(SortedMap<Word, List<ChainAddress>> members) {
    return initialStorage(members, new TreeMap<>());
  }

  /**
   * Storage for {@code members} and {@code roleAdmins} (role → its admin role; roles not listed
   * keep {@code DEFAULT_ADMIN_ROLE}).
   */
  public static SortedMap<Word, Word> initialStorage(
      SortedMap<Word, List<ChainAddress>> members, SortedMap<Word, Word> roleAdmins) {
    SortedMap<Word, Word> slots = new TreeMap<>();
    RolesState state = new RolesState(AccountSlots.inMap(slots));
    for (Map.Entry<Word, Word> admin : roleAdmins.entrySet()) {
      state.setAdminRole(admin.getKey(), admin.getValue());
    }
    for (Map.Entry<Word, List<ChainAddress>> role : members.entrySet()) {
      role.getValue().forEach(account -> state.grant(role.getKey(), account));
    }
    return slots;
  }

  /**
   * Storage for {@code members} where the DAO governor ({@code 0x…1003}) holds {@code
   * GOVERNANCE_ROLE} and that role administers {@code MEMBER_ROLE}, so members are admitted and
   * removed by governance votes (DEFAULT_ADMIN_ROLE holders may too).
   */
  public static SortedMap<Word, Word> initialStorageWithGovernor(
      SortedMap<Word, List<ChainAddress>> members) {
    return initialStorageWithGovernor(members, false);
  }

  /**
   * As {@link #initialStorageWithGovernor(SortedMap)}; when {@code governorExclusive}, the governor
   * is the only admin: GOVERNANCE_ROLE administers itself too, and the exclusive flag (slot 3)
   * stops DEFAULT_ADMIN_ROLE holders from granting, revoking or re-parenting either role and from
   * setting exchange rates.
   */
  public static SortedMap<Word, Word> initialStorageWithGovernor(
      SortedMap<Word, List<ChainAddress>> members, boolean governorExclusive) {
    SortedMap<Word, List<ChainAddress>> withGovernor = new TreeMap<>(members);
    withGovernor.merge(
        StandardRoles.GOVERNANCE_ROLE,
        List.of(StandardRoles.DAO_GOVERNOR_ADDRESS),
        (existing, added) -> Stream.concat(existing.stream(), added.stream()).toList());
    SortedMap<Word, Word> admins = new TreeMap<>();
    admins.put(StandardRoles.MEMBER_ROLE, StandardRoles.GOVERNANCE_ROLE);
    if (governorExclusive) {
      admins.put(StandardRoles.GOVERNANCE_ROLE, StandardRoles.GOVERNANCE_ROLE);
    }
    SortedMap<Word, Word> slots = initialStorage(withGovernor, admins);
    if (governorExclusive) {
      new RolesState(AccountSlots.inMap(slots)).setGovernorExclusive();
    }
    return slots;
  }
}
