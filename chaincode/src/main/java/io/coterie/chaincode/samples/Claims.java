package io.coterie.chaincode.samples;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.bytes32;
import static io.coterie.chaincode.abi.AbiValues.encode;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.abi.EcRecover;
import io.coterie.chaincode.abi.Eip712;
import io.coterie.chaincode.abi.Nonces;
import io.coterie.chaincode.consent.ConsentGate;
import io.coterie.chaincode.membership.CardsReader;
import io.coterie.chaincode.reviews.PurchaseRecords;
import io.coterie.chaincode.reviews.PurchaseSource;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.MeteredState;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.Optional;
import java.util.OptionalInt;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;

/**
 * Claiming and shipping samples. A claim checks, in this order: the campaign exists, its window is
 * open at the block's time, the member has not claimed, stock is left, the member's card is of the
 * campaign's tier or higher, the member's consent to the campaign's merchant (when the campaign
 * names a purpose). Then it counts the claim and records the purchase in the same call, so claims
 * in one block, executed one after another, never take more than the stock.
 */
final class Claims {
  /** EIP-712 name of the domain claims are signed under (version "1"). */
  static final String DOMAIN_NAME = "Coterie Samples";

  static final String DOMAIN_VERSION = "1";

  static final Word CLAIM_TYPEHASH =
      Word.keccak("SampleClaim(uint256 campaignId,address member,uint256 nonce,uint256 deadline)");

  private final CardsReader cards;
  private final ConsentGate consents;

  Claims(CardsReader cards, ConsentGate consents) {
    this.cards = cards;
    this.consents = consents;
  }

  CallResult claim(CallContext ctx, CalldataReader args) {
    return claimFor(ctx, args.uint256(0), ctx.sender());
  }

  /** {@code claimBySig(campaignId, member, deadline, v, r, s)}: anyone relays a member's claim. */
  CallResult claimBySig(CallContext ctx, CalldataReader args) {
    BigInteger id = args.uint256(0);
    ChainAddress member = args.address(1);
    BigInteger deadline = args.uint256(2);
    int v = args.uint8(3);
    Word r = args.bytes32(4);
    Word s = args.bytes32(5);
    if (BigInteger.valueOf(ctx.block().timestampSeconds()).compareTo(deadline) > 0) {
      return SampleCampaignsErrors.EXPIRED_SIGNATURE.revert(uint256(deadline));
    }
    if (!Eip712.isLowS(s.toBigInteger())) {
      return SampleCampaignsErrors.INVALID_SIGNATURE_S.revert(bytes32(s));
    }
    BigInteger nonce = nonces(ctx).use(member);
    Word structHash =
        Word.keccak(
            encode(
                bytes32(CLAIM_TYPEHASH),
                uint256(id),
                address(member),
                uint256(nonce),
                uint256(deadline)));
    Word digest = Eip712.typedDataHash(domainSeparator(ctx), structHash);
    ctx.gas().charge(EcRecover.GAS);
    Optional<ChainAddress> signer =
        EcRecover.recover(digest, v, r.toBigInteger(), s.toBigInteger());
    if (signer.isEmpty()) {
      return SampleCampaignsErrors.INVALID_SIGNATURE.revert();
    }
    if (!signer.get().equals(member)) {
      return SampleCampaignsErrors.INVALID_SIGNER.revert(address(signer.get()), address(member));
    }
    return claimFor(ctx, id, member);
  }

  private CallResult claimFor(CallContext ctx, BigInteger id, ChainAddress member) {
    CampaignStore store = SampleCampaignsPrecompile.store(ctx);
    Optional<Campaign> found = store.find(id);
    if (found.isEmpty()) {
      return SampleCampaignsErrors.UNKNOWN_CAMPAIGN.revert(uint256(id));
    }
    Campaign c = found.get();
    long now = ctx.block().timestampSeconds();
    if (!c.openAt(now)) {
      return SampleCampaignsErrors.CLAIM_WINDOW_CLOSED.revert(
          uint256(id), new Uint64(now), new Uint64(c.opensAt()), new Uint64(c.closesAt()));
    }
    BigInteger earlier = store.purchaseOf(id, member);
    if (earlier.signum() > 0) {
      return SampleCampaignsErrors.ALREADY_CLAIMED.revert(
          uint256(id), address(member), uint256(earlier));
    }
    if (c.remaining().signum() <= 0) {
      return SampleCampaignsErrors.OUT_OF_STOCK.revert(uint256(id), uint256(c.stock()));
    }
    OptionalInt tier = cards.cardTier(MeteredState.chargedReads(ctx), c.cardCollection(), member);
    if (tier.isEmpty()) {
      return SampleCampaignsErrors.NO_MEMBER_CARD.revert(
          uint256(id), address(member), uint256(c.cardCollection()));
    }
    if (tier.getAsInt() < c.minTier()) {
      return SampleCampaignsErrors.TIER_TOO_LOW.revert(
          uint256(id), address(member), new Uint8(tier.getAsInt()), new Uint8(c.minTier()));
    }
    if (!c.consentPurpose().isZero()) {
      Optional<CallResult> noConsent =
          consents.require(ctx, member, c.merchant(), c.consentPurpose());
      if (noConsent.isPresent()) {
        return noConsent.get();
      }
    }
    store.countClaim(id, c.claimed());
    BigInteger purchaseId =
        PurchaseRecords.record(
            PurchaseRecords.metered(ctx),
            member,
            c.productId(),
            PurchaseSource.SAMPLE_CLAIM,
            Word.of(id));
    store.recordClaim(id, member, purchaseId);
    MeteredState.of(ctx)
        .emit(
            SampleCampaignsEvents.SAMPLE_CLAIMED.topics(
                Word.of(id), Word.of(member), Word.of(purchaseId)),
            SampleCampaignsEvents.SAMPLE_CLAIMED.data(
                address(ctx.sender()), uint256(c.remaining().subtract(BigInteger.ONE))));
    return CallResult.success(encode(uint256(purchaseId)));
  }

  /** {@code markFulfilled(campaignId, member, shipmentRef)} by the campaign's shop. */
  CallResult markFulfilled(CallContext ctx, CalldataReader args) {
    BigInteger id = args.uint256(0);
    ChainAddress member = args.address(1);
    Word shipmentRef = args.bytes32(2);
    CampaignStore store = SampleCampaignsPrecompile.store(ctx);
    Optional<Campaign> found = store.find(id);
    if (found.isEmpty()) {
      return SampleCampaignsErrors.UNKNOWN_CAMPAIGN.revert(uint256(id));
    }
    ChainAddress shop = found.get().shop();
    if (!ctx.sender().equals(shop)) {
      return SampleCampaignsErrors.NOT_CAMPAIGN_SHOP.revert(
          uint256(id), address(ctx.sender()), address(shop));
    }
    if (shipmentRef.isZero()) {
      return SampleCampaignsErrors.EMPTY_SHIPMENT_REF.revert();
    }
    if (store.purchaseOf(id, member).signum() == 0) {
      return SampleCampaignsErrors.NOT_CLAIMED.revert(uint256(id), address(member));
    }
    Word shipped = store.shipmentOf(id, member);
    if (!shipped.isZero()) {
      return SampleCampaignsErrors.ALREADY_FULFILLED.revert(
          uint256(id), address(member), bytes32(shipped));
    }
    store.recordShipment(id, member, shipmentRef);
    MeteredState.of(ctx)
        .emit(
            SampleCampaignsEvents.SAMPLE_FULFILLED.topics(
                Word.of(id), Word.of(member), shipmentRef),
            SampleCampaignsEvents.SAMPLE_FULFILLED.data(address(shop)));
    return CallResult.success();
  }

  static Nonces nonces(CallContext ctx) {
    return new Nonces(
        AccountSlots.metered(MeteredState.of(ctx)), SampleCampaignsLayout.NONCES_SLOT);
  }

  static Word domainSeparator(CallContext ctx) {
    return Eip712.domainSeparator(
        DOMAIN_NAME, DOMAIN_VERSION, ctx.block().chainId(), SampleCampaignsLayout.ADDRESS);
  }
}
