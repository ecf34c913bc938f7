package io.coterie.chaincode.samples;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.bytes32;
import static io.coterie.chaincode.abi.AbiValues.encode;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.abi.DispatchTable;
import io.coterie.chaincode.abi.Eip712;
import io.coterie.chaincode.consent.ConsentGate;
import io.coterie.chaincode.consent.ConsentReader;
import io.coterie.chaincode.membership.CardsReader;
import io.coterie.chaincode.roles.RolesReader;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.MeteredState;
import io.coterie.chaincode.spi.Precompile;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.Optional;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;

/**
 * Trial-sample campaigns at {@code 0x…100d} ({@code ISampleCampaigns.sol}): a brand or shop offers
 * a stock of samples of one product to members holding a card of a minimum tier, optionally only to
 * those who consent to a purpose for the campaign's merchant, one per member, in a window of block
 * timestamps; members claim directly or by an EIP-712 signature someone relays; the campaign's shop
 * marks each sample shipped. Every claim records a purchase the member may review at {@code
 * 0x…100e}.
 */
public final class SampleCampaignsPrecompile implements Precompile {
  private final CardsReader cards;
  private final RolesReader roles;
  private final DispatchTable table;

  public SampleCampaignsPrecompile(RolesReader roles, CardsReader cards, ConsentReader consents) {
    this.roles = roles;
    this.cards = cards;
    Claims claims = new Claims(cards, new ConsentGate(consents));
    this.table =
        DispatchTable.builder()
            .nonpayable(
                "createCampaign(bytes32,uint256,uint64,uint64,uint256,uint8,bytes32,address)",
                this::createCampaign)
            .nonpayable("claim(uint256)", claims::claim)
            .nonpayable(
                "claimBySig(uint256,address,uint256,uint8,bytes32,bytes32)", claims::claimBySig)
            .nonpayable("markFulfilled(uint256,address,bytes32)", claims::markFulfilled)
            .view("campaignCount()", SampleCampaignsPrecompile::campaignCount)
            .view("campaignOf(uint256)", SampleCampaignsPrecompile::campaignOf)
            .view("remaining(uint256)", SampleCampaignsPrecompile::remaining)
            .view("claimOf(uint256,address)", SampleCampaignsPrecompile::claimOf)
            .view("nonces(address)", SampleCampaignsPrecompile::nonces)
            .view("DOMAIN_SEPARATOR()", SampleCampaignsPrecompile::domainSeparator)
            .view("eip712Domain()", SampleCampaignsPrecompile::eip712Domain)
            .build();
  }

  /** The selector → function table, for tests and tooling. */
  public DispatchTable dispatchTable() {
    return table;
  }

  @Override
  public String name() {
    return "samples";
  }

  @Override
  public boolean serves(ChainAddress address) {
    return SampleCampaignsLayout.ADDRESS.equals(address);
  }

  @Override
  public CallResult call(CallContext ctx, byte[] input) {
    return table.dispatch(ctx, input);
  }

  static CampaignStore store(CallContext ctx) {
    return new CampaignStore(
        AccountSlots.metered(MeteredState.of(ctx, SampleCampaignsLayout.ADDRESS)));
  }

  private CallResult createCampaign(CallContext ctx, CalldataReader args) {
    Word product = args.bytes32(0);
    BigInteger stock = args.uint256(1);
    long opensAt = args.uint64(2);
    long closesAt = args.uint64(3);
    BigInteger collection = args.uint256(4);
    int minTier = args.uint8(5);
    Word purpose = args.bytes32(6);
    ChainAddress shop = args.address(7);
    ChainAddress merchant = ctx.sender();
    if (!hasRole(ctx, StandardRoles.BRAND_ROLE, merchant)
        && !hasRole(ctx, StandardRoles.SHOP_ROLE, merchant)) {
      return SampleCampaignsErrors.NOT_CAMPAIGN_CREATOR.revert(address(merchant));
    }
    if (product.isZero()) {
      return SampleCampaignsErrors.INVALID_PRODUCT.revert(bytes32(product));
    }
    if (stock.signum() == 0) {
      return SampleCampaignsErrors.ZERO_STOCK.revert();
    }
    long now = ctx.block().timestampSeconds();
    if (closesAt <= opensAt || closesAt <= now) {
      return SampleCampaignsErrors.INVALID_CLAIM_WINDOW.revert(
          new Uint64(opensAt), new Uint64(closesAt), new Uint64(now));
    }
    if (collection.bitLength() > 62
        || !cards.exists(MeteredState.chargedReads(ctx), collection.longValueExact())) {
      return SampleCampaignsErrors.UNKNOWN_CARD_COLLECTION.revert(uint256(collection));
    }
    if (!hasRole(ctx, StandardRoles.SHOP_ROLE, shop)) {
      return SampleCampaignsErrors.NOT_A_SHOP.revert(address(shop));
    }
    Campaign campaign =
        new Campaign(
            merchant,
            shop,
            product,
            stock,
            BigInteger.ZERO,
            opensAt,
            closesAt,
            collection.longValueExact(),
            minTier,
            purpose);
    BigInteger id = store(ctx).create(campaign);
    MeteredState.of(ctx)
        .emit(
            SampleCampaignsEvents.CAMPAIGN_CREATED.topics(Word.of(id), Word.of(merchant), product),
            SampleCampaignsEvents.CAMPAIGN_CREATED.data(
                address(shop),
                uint256(stock),
                new Uint64(opensAt),
                new Uint64(closesAt),
                uint256(collection),
                new Uint8(minTier),
                bytes32(purpose)));
    return CallResult.success(encode(uint256(id)));
  }

  private boolean hasRole(CallContext ctx, Word role, ChainAddress account) {
    return roles.hasRole(MeteredState.chargedReads(ctx), role, account);
  }

  private static CallResult campaignCount(CallContext ctx, CalldataReader args) {
    return CallResult.success(encode(uint256(store(ctx).count())));
  }

  private static CallResult campaignOf(CallContext ctx, CalldataReader args) {
    BigInteger id = args.uint256(0);
    Optional<Campaign> found = store(ctx).find(id);
    if (found.isEmpty()) {
      return SampleCampaignsErrors.UNKNOWN_CAMPAIGN.revert(uint256(id));
    }
    Campaign c = found.get();
    return CallResult.success(
        encode(
            address(c.merchant()),
            address(c.shop()),
            bytes32(c.productId()),
            uint256(c.stock()),
            uint256(c.claimed()),
            new Uint64(c.opensAt()),
            new Uint64(c.closesAt()),
            uint256(c.cardCollection()),
            new Uint8(c.minTier()),
            bytes32(c.consentPurpose())));
  }

  private static CallResult remaining(CallContext ctx, CalldataReader args) {
    BigInteger id = args.uint256(0);
    Optional<Campaign> found = store(ctx).find(id);
    if (found.isEmpty()) {
      return SampleCampaignsErrors.UNKNOWN_CAMPAIGN.revert(uint256(id));
    }
    return CallResult.success(encode(uint256(found.get().remaining())));
  }

  private static CallResult claimOf(CallContext ctx, CalldataReader args) {
    BigInteger id = args.uint256(0);
    ChainAddress member = args.address(1);
    CampaignStore store = store(ctx);
    return CallResult.success(
        encode(uint256(store.purchaseOf(id, member)), bytes32(store.shipmentOf(id, member))));
  }

  private static CallResult nonces(CallContext ctx, CalldataReader args) {
    return CallResult.success(encode(uint256(Claims.nonces(ctx).current(args.address(0)))));
  }

  private static CallResult domainSeparator(CallContext ctx, CalldataReader args) {
    return CallResult.success(encode(bytes32(Claims.domainSeparator(ctx))));
  }

  private static CallResult eip712Domain(CallContext ctx, CalldataReader args) {
    return CallResult.success(
        Eip712.erc5267Domain(
            Claims.DOMAIN_NAME,
            Claims.DOMAIN_VERSION,
            ctx.block().chainId(),
            SampleCampaignsLayout.ADDRESS));
  }
}
