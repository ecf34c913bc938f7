package io.coterie.chaincode.members;

import io.coterie.chaincode.abi.StorageSlots;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * Storage of the member-accounts account {@code 0x…1008}, as the equivalent Solidity contract lays
 * it out:
 *
 * <pre>
 * slot 0:  mapping(address account => uint256) nonce
 * slot 1:  mapping(address account => bytes32[]) keyIds         (length 0: no such account)
 * slot 2:  mapping(address => mapping(bytes32 keyId => Key))    Key {x, y, indexInKeyIds + 1}
 * slot 3:  mapping(address => mapping(bytes32 keyId => bytes))  WebAuthn credential id
 * slot 4:  mapping(address account => address[]) guardians
 * slot 5:  mapping(address account => Guardianship)             {threshold, delaySeconds, epoch}
 * slot 6:  mapping(address => mapping(address guardian => uint256 epoch))  guardian iff == epoch
 * slot 7:  mapping(address account => uint256) recoveries proposed (ids 1, 2, ...)
 * slot 8:  mapping(address => mapping(uint256 id => Recovery))  {x, y, readyAt, approvals, status, epoch}
 * slot 9:  mapping(address => mapping(uint256 id => bytes))     credential id of the new key
 * slot 10: mapping(address => mapping(uint256 id => mapping(address guardian => bool))) approved
 * slot 11: mapping(string origin => bool) allowed origins
 * slot 12: mapping(address sponsor => Limit)                    {maxRequests, windowSeconds}
 * slot 13: Limit member limit                                   (slots 13 and 14)
 * slot 15: mapping(address sponsor => Usage)                    {windowStart, count}
 * slot 16: mapping(address account => Usage)
 * </pre>
 *
 * Recovery status: 1 open, 2 finished, 3 cancelled. A limit with maxRequests 0 means none.
 */
public final class MemberAccountsLayout {
  private MemberAccountsLayout() {}

  /** The member-accounts precompile's address. */
  public static final ChainAddress ADDRESS = ChainAddress.of(0x1008);

  public static final int STATUS_OPEN = 1;
  public static final int STATUS_FINISHED = 2;
  public static final int STATUS_CANCELLED = 3;

  static final Word NONCES = Word.of(0);
  static final Word KEY_IDS = Word.of(1);
  static final Word KEYS = Word.of(2);
  static final Word CREDENTIALS = Word.of(3);
  static final Word GUARDIANS = Word.of(4);
  static final Word GUARDIANSHIP = Word.of(5);
  static final Word GUARDIAN_EPOCH = Word.of(6);
  static final Word RECOVERY_COUNT = Word.of(7);
  static final Word RECOVERIES = Word.of(8);
  static final Word RECOVERY_CREDENTIALS = Word.of(9);
  static final Word APPROVALS = Word.of(10);
  static final Word ORIGINS = Word.of(11);
  static final Word SPONSOR_LIMITS = Word.of(12);
  static final Word MEMBER_LIMIT = Word.of(13);
  static final Word SPONSOR_USAGE = Word.of(15);
  static final Word MEMBER_USAGE = Word.of(16);

  public static Word nonce(ChainAddress account) {
    return StorageSlots.mapping(NONCES, account);
  }

  /** Length slot of the account's key id array; non-zero iff the account exists. */
  public static Word keyIds(ChainAddress account) {
    return StorageSlots.mapping(KEY_IDS, account);
  }

  static Word key(ChainAddress account, Word keyId) {
    return StorageSlots.nestedMapping(KEYS, Word.of(account), keyId);
  }

  static Word credential(ChainAddress account, Word keyId) {
    return StorageSlots.nestedMapping(CREDENTIALS, Word.of(account), keyId);
  }

  static Word guardians(ChainAddress account) {
    return StorageSlots.mapping(GUARDIANS, account);
  }

  static Word guardianship(ChainAddress account) {
    return StorageSlots.mapping(GUARDIANSHIP, account);
  }

  static Word guardianEpoch(ChainAddress account, ChainAddress guardian) {
    return StorageSlots.nestedMapping(GUARDIAN_EPOCH, Word.of(account), Word.of(guardian));
  }

  static Word recoveryCount(ChainAddress account) {
    return StorageSlots.mapping(RECOVERY_COUNT, account);
  }

  static Word recovery(ChainAddress account, BigInteger id) {
    return StorageSlots.nestedMapping(RECOVERIES, Word.of(account), Word.of(id));
  }

  static Word recoveryCredential(ChainAddress account, BigInteger id) {
    return StorageSlots.nestedMapping(RECOVERY_CREDENTIALS, Word.of(account), Word.of(id));
  }

  static Word approved(ChainAddress account, BigInteger id, ChainAddress guardian) {
    return StorageSlots.nestedMapping(APPROVALS, Word.of(account), Word.of(id), Word.of(guardian));
  }

  public static Word origin(String origin) {
    return StorageSlots.mappingBytesKey(ORIGINS, origin.getBytes(StandardCharsets.UTF_8));
  }

  static Word sponsorLimit(ChainAddress sponsor) {
    return StorageSlots.mapping(SPONSOR_LIMITS, sponsor);
  }

  static Word sponsorUsage(ChainAddress sponsor) {
    return StorageSlots.mapping(SPONSOR_USAGE, sponsor);
  }

  static Word memberUsage(ChainAddress account) {
    return StorageSlots.mapping(MEMBER_USAGE, account);
  }
}
