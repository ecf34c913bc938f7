package io.coterie.chaincode.members;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.abi.StorageSlots;
import io.coterie.chaincode.abi.StringStorage;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The passkeys of member accounts in {@link MemberAccountsLayout} slots 1 to 3: an enumerable set
 * of key ids per account (swap-and-pop on removal), each with its coordinates and credential id.
 * Usable metered inside a call or read-only and free for the host and node-side readers.
 */
public final class MemberKeys {
  /** Keys an account may hold at once. */
  public static final int MAX_KEYS = 10;

  /** Longest WebAuthn credential id accepted (the WebAuthn limit). */
  public static final int MAX_CREDENTIAL_ID = 1023;

  /** A passkey's public key. */
  public record PublicKey(Word x, Word y) {}

  private final AccountSlots slots;

  public MemberKeys(AccountSlots slots) {
    this.slots = slots;
  }

  /** Whether {@code account} is a member account (it always keeps at least one key). */
  public boolean exists(ChainAddress account) {
    return count(account) > 0;
  }

  public int count(ChainAddress account) {
    return slots.load(MemberAccountsLayout.keyIds(account)).toBigInteger().intValueExact();
  }

  /** The key {@code keyId} of {@code account}, empty when the account has no such key. */
  public Optional<PublicKey> key(ChainAddress account, Word keyId) {
    Word base = MemberAccountsLayout.key(account, keyId);
    if (slots.load(base.plus(2)).isZero()) {
      return Optional.empty();
    }
    return Optional.of(new PublicKey(slots.load(base), slots.load(base.plus(1))));
  }

  /** Key ids in their storage order. */
  public List<Word> keyIds(ChainAddress account) {
    int n = count(account);
    List<Word> ids = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ids.add(slots.load(StorageSlots.arrayElement(MemberAccountsLayout.keyIds(account), i)));
    }
    return ids;
  }

  public byte[] credentialId(ChainAddress account, Word keyId) {
    return StringStorage.readBytes(slots, MemberAccountsLayout.credential(account, keyId));
  }

  /** Adds a key the caller checked is new and within {@link #MAX_KEYS}. */
  public void add(ChainAddress account, Word x, Word y, byte[] credentialId) {
    Word keyId = MemberAccountAddress.keyId(x, y);
    Word length = MemberAccountsLayout.keyIds(account);
    int n = count(account);
    slots.store(StorageSlots.arrayElement(length, n), keyId);
    slots.store(length, Word.of(n + 1));
    Word base = MemberAccountsLayout.key(account, keyId);
    slots.store(base, x);
    slots.store(base.plus(1), y);
    slots.store(base.plus(2), Word.of(n + 1));
    StringStorage.writeBytes(slots, MemberAccountsLayout.credential(account, keyId), credentialId);
  }

  /** Removes a key the caller checked exists and is not the last. */
  public void remove(ChainAddress account, Word keyId) {
    Word length = MemberAccountsLayout.keyIds(account);
    int n = count(account);
    Word base = MemberAccountsLayout.key(account, keyId);
    int index = slots.load(base.plus(2)).toBigInteger().intValueExact() - 1;
    Word lastSlot = StorageSlots.arrayElement(length, n - 1);
    if (index != n - 1) {
      Word last = slots.load(lastSlot);
      slots.store(StorageSlots.arrayElement(length, index), last);
      slots.store(MemberAccountsLayout.key(account, last).plus(2), Word.of(index + 1));
    }
    slots.store(lastSlot, Word.ZERO);
    slots.store(length, Word.of(n - 1));
    slots.store(base, Word.ZERO);
    slots.store(base.plus(1), Word.ZERO);
    slots.store(base.plus(2), Word.ZERO);
    StringStorage.writeBytes(slots, MemberAccountsLayout.credential(account, keyId), new byte[0]);
  }

  /** The next request nonce of {@code account}. */
  public BigInteger nonce(ChainAddress account) {
    return slots.load(MemberAccountsLayout.nonce(account)).toBigInteger();
  }

  void useNonce(ChainAddress account, BigInteger current) {
    slots.store(MemberAccountsLayout.nonce(account), Word.of(current.add(BigInteger.ONE)));
  }
}
