package io.coterie.chaincode.samples;

import io.coterie.chaincode.abi.SolidityEvent;
import java.util.List;

/** Events of sample campaigns: every creation, claim and fulfilment, for auditors. */
public final class SampleCampaignsEvents {
  private SampleCampaignsEvents() {}

  /**
   * {@code CampaignCreated(uint256 indexed campaignId, address indexed merchant, bytes32 indexed
   * productId, address shop, uint256 stock, uint64 opensAt, uint64 closesAt, uint256
   * cardCollection, uint8 minTier, bytes32 consentPurpose)}.
   */
  public static final SolidityEvent CAMPAIGN_CREATED =
      new SolidityEvent(
          "CampaignCreated(uint256,address,bytes32,address,uint256,uint64,uint64,uint256,uint8,bytes32)");

  /**
   * {@code SampleClaimed(uint256 indexed campaignId, address indexed member, uint256 indexed
   * purchaseId, address relayer, uint256 remaining)}: relayer is the member for a direct claim.
   */
  public static final SolidityEvent SAMPLE_CLAIMED =
      new SolidityEvent("SampleClaimed(uint256,address,uint256,address,uint256)");

  /**
   * {@code SampleFulfilled(uint256 indexed campaignId, address indexed member, bytes32 indexed
   * shipmentRef, address shop)}.
   */
  public static final SolidityEvent SAMPLE_FULFILLED =
      new SolidityEvent("SampleFulfilled(uint256,address,bytes32,address)");

  public static final List<SolidityEvent> ALL =
      List.of(CAMPAIGN_CREATED, SAMPLE_CLAIMED, SAMPLE_FULFILLED);
}
