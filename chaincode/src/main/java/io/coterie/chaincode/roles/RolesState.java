package io.coterie.chaincode.roles;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes role data at {@link RolesLayout} slots, keeping the member sets and per-account
 * role counts consistent with {@code hasRole}, as OpenZeppelin's {@code _grantRole}/{@code
 * _revokeRole} and {@code EnumerableSet} do.
 */
final class RolesState {
  private static final Word ONE = Word.of(1);

  private final AccountSlots slots;

  RolesState(AccountSlots slots) {
    this.slots = slots;
  }

  boolean hasRole(Word role, ChainAddress account) {
    return !slots.load(RolesLayout.hasRole(role, account)).isZero();
  }

  boolean governorExclusive() {
    return !slots.load(RolesLayout.GOVERNOR_EXCLUSIVE_SLOT).isZero();
  }

  void setGovernorExclusive() {
    slots.store(RolesLayout.GOVERNOR_EXCLUSIVE_SLOT, ONE);
  }

  Word adminRole(Word role) {
    return slots.load(RolesLayout.adminRole(role));
  }

  BigInteger memberCount(Word role) {
    return slots.load(RolesLayout.memberCount(role)).toBigInteger();
  }

  ChainAddress member(Word role, BigInteger index) {
    return slots.load(RolesLayout.member(role, index)).toAddress();
  }

  List<ChainAddress> members(Word role) {
    BigInteger count = memberCount(role);
    List<ChainAddress> out = new ArrayList<>();
    for (BigInteger i = BigInteger.ZERO; i.compareTo(count) < 0; i = i.add(BigInteger.ONE)) {
      out.add(member(role, i));
    }
    return out;
  }

  BigInteger roleCount(ChainAddress account) {
    return slots.load(RolesLayout.roleCount(account)).toBigInteger();
  }

  /** Grants {@code role}; {@code false} when {@code account} already held it. */
  boolean grant(Word role, ChainAddress account) {
    if (hasRole(role, account)) {
      return false;
    }
    slots.store(RolesLayout.hasRole(role, account), ONE);
    BigInteger length = memberCount(role);
    slots.store(RolesLayout.member(role, length), Word.of(account));
    slots.store(RolesLayout.memberPosition(role, account), Word.of(length.add(BigInteger.ONE)));
    slots.store(RolesLayout.memberCount(role), Word.of(length.add(BigInteger.ONE)));
    slots.store(RolesLayout.roleCount(account), Word.of(roleCount(account).add(BigInteger.ONE)));
    return true;
  }

  /** Revokes {@code role}; {@code false} when {@code account} did not hold it. */
  boolean revoke(Word role, ChainAddress account) {
    if (!hasRole(role, account)) {
      return false;
    }
    slots.store(RolesLayout.hasRole(role, account), Word.ZERO);
    removeMember(role, account);
    slots.store(
        RolesLayout.roleCount(account), Word.of(roleCount(account).subtract(BigInteger.ONE)));
    return true;
  }

  /** Sets the admin of {@code role}. */
  void setAdminRole(Word role, Word admin) {
    slots.store(RolesLayout.adminRole(role), admin);
  }

  // EnumerableSet.remove: move the last member into the freed position, then pop.
  private void removeMember(Word role, ChainAddress account) {
    Word positionSlot = RolesLayout.memberPosition(role, account);
    BigInteger position = slots.load(positionSlot).toBigInteger();
    BigInteger index = position.subtract(BigInteger.ONE);
    BigInteger lastIndex = memberCount(role).subtract(BigInteger.ONE);
    if (!index.equals(lastIndex)) {
      ChainAddress last = member(role, lastIndex);
      slots.store(RolesLayout.member(role, index), Word.of(last));
      slots.store(RolesLayout.memberPosition(role, last), Word.of(position));
    }
    slots.store(RolesLayout.member(role, lastIndex), Word.ZERO);
    slots.store(RolesLayout.memberCount(role), Word.of(lastIndex));
    slots.store(positionSlot, Word.ZERO);
  }
}
