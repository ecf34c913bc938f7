package io.coterie.chaincode.consent;

import io.coterie.chaincode.abi.StorageSlots;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;

/**
 * Storage of the Consent account {@code 0x…1005}, as the equivalent Solidity contract lays it out:
 *
 * <pre>
 * slot 0: mapping(address member => mapping(address merchant => mapping(bytes32 purpose => Consent)))
 *         base C = keccak256(purpose . keccak256(pad32(merchant) . keccak256(pad32(member) . 0)))
 *         C + 0: bytes32 processing
 *         C + 1: uint64 validFrom | uint64 validUntil &lt;&lt; 64 | uint64 withdrawnAt &lt;&lt; 128
 *                | bool withdrawn &lt;&lt; 192 | bool granted &lt;&lt; 200   (validUntil 0 = no expiry)
 *         C + 2: string noticeUri                           (Solidity string encoding)
 *         C + 3: uint256 version                            (grants so far; 0 = never granted)
 * </pre>
 */
public final class ConsentLayout {
  private ConsentLayout() {}

  public static final Word CONSENTS_SLOT = Word.of(0);

  /** The base slot of the consent {@code member} gave {@code merchant} for {@code purpose}. */
  public static Word consent(ChainAddress member, ChainAddress merchant, Word purpose) {
    return StorageSlots.nestedMapping(CONSENTS_SLOT, Word.of(member), Word.of(merchant), purpose);
  }
}
