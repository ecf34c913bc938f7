package io.coterie.chaincode.samples;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.Optional;

/** Campaigns and claims in the account's storage ({@link SampleCampaignsLayout}). */
final class CampaignStore {
  private final AccountSlots slots;

  CampaignStore(AccountSlots slots) {
    this.slots = slots;
  }

  BigInteger count() {
    return slots.load(SampleCampaignsLayout.CAMPAIGN_COUNT_SLOT).toBigInteger();
  }

  /** Stores {@code c} as the next campaign; returns its id. */
  BigInteger create(Campaign c) {
    BigInteger id = count().add(BigInteger.ONE);
    slots.store(SampleCampaignsLayout.CAMPAIGN_COUNT_SLOT, Word.of(id));
    Word base = SampleCampaignsLayout.campaign(id);
    slots.store(base, Word.of(c.merchant()));
    slots.store(base.plus(1), Word.of(c.shop()));
    slots.store(base.plus(2), c.productId());
    slots.store(base.plus(3), Word.of(c.stock()));
    slots.store(base.plus(5), Word.of(c.opensAt()));
    slots.store(base.plus(6), Word.of(c.closesAt()));
    slots.store(base.plus(7), Word.of(c.cardCollection()));
    slots.store(base.plus(8), Word.of(c.minTier()));
    slots.store(base.plus(9), c.consentPurpose());
    return id;
  }

  /** Campaign {@code id}, if it exists: ten reads. */
  Optional<Campaign> find(BigInteger id) {
    if (id.signum() <= 0 || id.compareTo(count()) > 0) {
      return Optional.empty();
    }
    Word base = SampleCampaignsLayout.campaign(id);
    return Optional.of(
        new Campaign(
            slots.load(base).toAddress(),
            slots.load(base.plus(1)).toAddress(),
            slots.load(base.plus(2)),
            slots.load(base.plus(3)).toBigInteger(),
            slots.load(base.plus(4)).toBigInteger(),
            longAt(base.plus(5)),
            longAt(base.plus(6)),
            longAt(base.plus(7)),
            (int) longAt(base.plus(8)),
            slots.load(base.plus(9))));
  }

  /** Counts one more claim of campaign {@code id}. */
  void countClaim(BigInteger id, BigInteger claimedBefore) {
    slots.store(
        SampleCampaignsLayout.campaign(id).plus(4), Word.of(claimedBefore.add(BigInteger.ONE)));
  }

  /** The purchase id of {@code member}'s claim (0: not claimed). */
  BigInteger purchaseOf(BigInteger id, ChainAddress member) {
    return slots.load(SampleCampaignsLayout.claim(id, member)).toBigInteger();
  }

  void recordClaim(BigInteger id, ChainAddress member, BigInteger purchaseId) {
    slots.store(SampleCampaignsLayout.claim(id, member), Word.of(purchaseId));
  }

  /** The shipment ref of {@code member}'s sample (zero: not fulfilled). */
  Word shipmentOf(BigInteger id, ChainAddress member) {
    return slots.load(SampleCampaignsLayout.claim(id, member).plus(1));
  }

  void recordShipment(BigInteger id, ChainAddress member, Word shipmentRef) {
    slots.store(SampleCampaignsLayout.claim(id, member).plus(1), shipmentRef);
  }

  private long longAt(Word slot) {
    return slots.load(slot).toBigInteger().longValueExact();
  }
}
