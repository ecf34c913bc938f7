package io.coterie.chaincode.loyalty;

import io.coterie.chaincode.abi.StorageSlots;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;

/**
 * Storage slots of a program's token account {@code 0x…2000 + id}. Slots 0–2 are where
 * OpenZeppelin's ERC20 keeps balances, allowances and supply; they hold the <em>stored</em> values,
 * which may still include points that expired since the last write (the views subtract those, see
 * {@link PointLedger}).
 *
 * <pre>
 * slot 0: mapping(address => uint256) storedBalance      sum of the member's unpurged lots
 * slot 1: mapping(address owner => mapping(address spender => uint256)) allowances
 * slot 2: uint256 storedSupply                           sum of the unsettled expiry schedule
 * slot 3: mapping(address => uint256) nonces             (permit, delegateBySig)
 * slot 4: mapping(address => uint256) lotList            head expiry | tail expiry &lt;&lt; 64
 * slot 5: mapping(address => mapping(uint64 expiresAt => Lot{amount, next})) lots
 *         L = keccak256(pad32(expiresAt) . keccak256(pad32(member) . 5)); amount at L, next at L+1
 * slot 6: uint256 scheduleList                           head expiry | tail expiry &lt;&lt; 64
 * slot 7: mapping(uint64 expiresAt => Entry{amount, next}) schedule; amount at E, next at E+1
 * slot 8: mapping(bytes32 ref => bool) awardRefs        (consent reward refs included)
 * slot 9: mapping(bytes32 ref => bool) redeemRefs
 * slot 10: mapping(uint8 kind => mapping(bytes32 id => bool)) behaviourIds
 * slot 11: mapping(address shop => mapping(uint256 day => uint256)) awardedOnDay
 * slot 12: mapping(address => uint256) lifetimeEarned
 * slot 13: mapping(address => address) delegatee          (ERC-5805, programs with votes only)
 * slot 14: mapping(address => Checkpoint208[]) delegateCheckpoints: length at
 *          C = keccak256(pad32(a) . 14), checkpoint i at keccak256(C) + i (votes &lt;&lt; 48 | block)
 * slot 15: Checkpoint208[] totalCheckpoints               length at 15, item i at keccak256(15) + i
 * </pre>
 *
 * Lists are linked by expiry time in ascending order; expiry 0 ends a list (no lot expires at 0).
 */
public final class TokenLayout {
  private TokenLayout() {}

  public static final Word BALANCES = Word.of(0);
  public static final Word ALLOWANCES = Word.of(1);
  public static final Word SUPPLY = Word.of(2);
  public static final Word NONCES = Word.of(3);
  public static final Word LOT_LISTS = Word.of(4);
  public static final Word LOTS = Word.of(5);
  public static final Word SCHEDULE_LIST = Word.of(6);
  public static final Word SCHEDULE = Word.of(7);
  public static final Word AWARD_REFS = Word.of(8);
  public static final Word REDEEM_REFS = Word.of(9);
  public static final Word BEHAVIOUR_IDS = Word.of(10);
  public static final Word AWARDED_ON_DAY = Word.of(11);
  public static final Word LIFETIME_EARNED = Word.of(12);
  public static final Word DELEGATEES = Word.of(13);
  public static final Word DELEGATE_CHECKPOINTS = Word.of(14);
  public static final Word TOTAL_CHECKPOINTS = Word.of(15);

  public static Word balance(ChainAddress member) {
    return StorageSlots.mapping(BALANCES, member);
  }

  public static Word allowance(ChainAddress owner, ChainAddress spender) {
    return StorageSlots.nestedMapping(ALLOWANCES, Word.of(owner), Word.of(spender));
  }

  public static Word nonce(ChainAddress owner) {
    return StorageSlots.mapping(NONCES, owner);
  }

  public static Word lotList(ChainAddress member) {
    return StorageSlots.mapping(LOT_LISTS, member);
  }

  public static Word lot(ChainAddress member, long expiresAt) {
    return StorageSlots.nestedMapping(LOTS, Word.of(member), Word.of(expiresAt));
  }

  public static Word scheduleEntry(long expiresAt) {
    return StorageSlots.mapping(SCHEDULE, Word.of(expiresAt));
  }

  public static Word awardRef(Word ref) {
    return StorageSlots.mapping(AWARD_REFS, ref);
  }

  public static Word redeemRef(Word ref) {
    return StorageSlots.mapping(REDEEM_REFS, ref);
  }

  public static Word behaviourId(int kind, Word id) {
    return StorageSlots.nestedMapping(BEHAVIOUR_IDS, Word.of(kind), id);
  }

  public static Word awardedOnDay(ChainAddress shop, long day) {
    return StorageSlots.nestedMapping(AWARDED_ON_DAY, Word.of(shop), Word.of(day));
  }

  public static Word lifetimeEarned(ChainAddress member) {
    return StorageSlots.mapping(LIFETIME_EARNED, member);
  }
}
