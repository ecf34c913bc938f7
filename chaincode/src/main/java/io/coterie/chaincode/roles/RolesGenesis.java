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
   * removed by governance votes.
   */
  public static SortedMap<Word, Word> initialStorageWithGovernor(
      SortedMap<Word, List<ChainAddress>> members) {
    SortedMap<Word, List<ChainAddress>> withGovernor = new TreeMap<>(members);
    withGovernor.merge(
        StandardRoles.GOVERNANCE_ROLE,
        List.of(StandardRoles.DAO_GOVERNOR_ADDRESS),
        (existing, added) -> Stream.concat(existing.stream(), added.stream()).toList());
    SortedMap<Word, Word> admins = new TreeMap<>();
    admins.put(StandardRoles.MEMBER_ROLE, StandardRoles.GOVERNANCE_ROLE);
    return initialStorage(withGovernor, admins);
  }
}
