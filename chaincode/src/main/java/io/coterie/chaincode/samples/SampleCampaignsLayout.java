package io.coterie.chaincode.samples;

import io.coterie.chaincode.abi.StorageSlots;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;

/**
 * Storage of the sample campaigns account {@code 0x…100d}, as the equivalent Solidity contract lays
 * it out:
 *
 * <pre>
 * slot 0: uint256 campaignCount                          campaign ids are 1, 2, 3, ...
 * slot 1: mapping(uint256 id => Campaign)                base C = keccak256(pad32(id) . 1):
 *         C+0 address merchant, C+1 address shop, C+2 bytes32 productId, C+3 uint256 stock,
 *         C+4 uint256 claimed, C+5 uint64 opensAt, C+6 uint64 closesAt,
 *         C+7 uint256 cardCollection, C+8 uint8 minTier, C+9 bytes32 consentPurpose (0 = none)
 * slot 2: mapping(uint256 id => mapping(address member => Claim))
 *         +0 uint256 purchaseId (0 = not claimed), +1 bytes32 shipmentRef (0 = not fulfilled)
 * slot 3: mapping(address => uint256) nonces             claimBySig (OZ Nonces)
 * </pre>
 */
public final class SampleCampaignsLayout {
  private SampleCampaignsLayout() {}

  /** The sample campaigns precompile's address. */
  public static final ChainAddress ADDRESS = ChainAddress.of(0x100d);

  public static final Word CAMPAIGN_COUNT_SLOT = Word.of(0);
  public static final Word CAMPAIGNS_SLOT = Word.of(1);
  public static final Word CLAIMS_SLOT = Word.of(2);
  public static final Word NONCES_SLOT = Word.of(3);

  /** Base slot of campaign {@code id}; fields at +0 to +9. */
  public static Word campaign(BigInteger id) {
    return StorageSlots.mapping(CAMPAIGNS_SLOT, id);
  }

  /** Base slot of {@code member}'s claim in campaign {@code id}; fields at +0 and +1. */
  public static Word claim(BigInteger id, ChainAddress member) {
    return StorageSlots.nestedMapping(CLAIMS_SLOT, Word.of(id), Word.of(member));
  }
}
