package io.coterie.chaincode.roles;

import io.coterie.chaincode.abi.StorageSlots;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;

/**
 * Storage slots of the Roles precompile account, laid out as OpenZeppelin's {@code
 * AccessControlEnumerable} (non-upgradeable) would lay them out, plus one Coterie slot family:
 *
 * <pre>
 * slot 0: mapping(bytes32 role => RoleData) _roles
 *         struct RoleData { mapping(address => bool) hasRole; bytes32 adminRole; }
 *         base(role)           = keccak256(role . 0)
 *         hasRole[role][acct]  = keccak256(pad32(acct) . base(role))          value 1 or absent
 *         adminRole[role]      = base(role) + 1                                absent = 0x00
 * slot 1: mapping(bytes32 role => EnumerableSet.AddressSet) _roleMembers
 *         set(role)            = keccak256(role . 1)
 *         length               = set(role)                                     (_values.length)
 *         member i             = keccak256(set(role)) + i                      (_values[i])
 *         position[acct]       = keccak256(pad32(acct) . (set(role) + 1))      index + 1, absent = 0
 * slot 2: mapping(address => uint256) _roleCount  (Coterie)
 *         roleCount[acct]      = keccak256(pad32(acct) . 2)                    roles held by acct
 * slot 3: bool governorExclusive  (Coterie, set only in the genesis block)
 *         1: roles administered by GOVERNANCE_ROLE are granted, revoked and re-parented only by
 *         GOVERNANCE_ROLE holders (the DAO governor), and exchange rates are set only by it
 * </pre>
 */
public final class RolesLayout {
  private RolesLayout() {}

  public static final Word ROLES_SLOT = Word.of(0);
  public static final Word ROLE_MEMBERS_SLOT = Word.of(1);
  public static final Word ROLE_COUNT_SLOT = Word.of(2);
  public static final Word GOVERNOR_EXCLUSIVE_SLOT = Word.of(3);

  public static Word roleData(Word role) {
    return StorageSlots.mapping(ROLES_SLOT, role);
  }

  public static Word hasRole(Word role, ChainAddress account) {
    return StorageSlots.mapping(roleData(role), account);
  }

  public static Word adminRole(Word role) {
    return roleData(role).plus(1);
  }

  public static Word memberSet(Word role) {
    return StorageSlots.mapping(ROLE_MEMBERS_SLOT, role);
  }

  public static Word memberCount(Word role) {
    return memberSet(role);
  }

  public static Word member(Word role, BigInteger index) {
    return StorageSlots.arrayElement(memberSet(role), index, 1);
  }

  public static Word memberPosition(Word role, ChainAddress account) {
    return StorageSlots.mapping(memberSet(role).plus(1), account);
  }

  public static Word roleCount(ChainAddress account) {
    return StorageSlots.mapping(ROLE_COUNT_SLOT, account);
  }
}
