package io.coterie.chaincode.membership;

import io.coterie.chaincode.abi.AbiValues;
import io.coterie.chaincode.abi.DispatchTable;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Precompile;

/**
 * Every membership collection: the addresses {@code 0x…3000} to {@code 0x…3fff}, collection {@code
 * id} at {@code 0x…3000 + id}. Each speaks ERC-721 with metadata, enumeration, ERC-165, ERC-5192,
 * ERC-5805/6372 votes and Coterie's brand functions (see {@code IMembershipCard.sol}). Routing
 * cannot read storage, so the whole range is served; a call to an id no collection has reverts with
 * {@code UnknownCollection(id)} before anything else.
 */
public final class CollectionPrecompile implements Precompile {
  private final DispatchTable table;

  public CollectionPrecompile() {
    this.table =
        DispatchTable.builder()
            .view("balanceOf(address)", guard(Erc721Handlers::balanceOf))
            .view("ownerOf(uint256)", guard(Erc721Handlers::ownerOf))
            .nonpayable(
                "safeTransferFrom(address,address,uint256,bytes)",
                guard(Erc721Handlers::safeTransferFromWithData))
            .nonpayable(
                "safeTransferFrom(address,address,uint256)", guard(Erc721Handlers::transferFrom))
            .nonpayable(
                "transferFrom(address,address,uint256)", guard(Erc721Handlers::transferFrom))
            .nonpayable("approve(address,uint256)", guard(Erc721Handlers::approve))
            .nonpayable("setApprovalForAll(address,bool)", guard(Erc721Handlers::setApprovalForAll))
            .view("getApproved(uint256)", guard(Erc721Handlers::getApproved))
            .view("isApprovedForAll(address,address)", guard(Erc721Handlers::isApprovedForAll))
            .view("name()", guard(Erc721Handlers::name))
            .view("symbol()", guard(Erc721Handlers::symbol))
            .view("tokenURI(uint256)", guard(Erc721Handlers::tokenUri))
            .view("totalSupply()", guard(Erc721Handlers::totalSupply))
            .view("tokenByIndex(uint256)", guard(Erc721Handlers::tokenByIndex))
            .view(
                "tokenOfOwnerByIndex(address,uint256)", guard(Erc721Handlers::tokenOfOwnerByIndex))
            .view("locked(uint256)", guard(Erc721Handlers::locked))
            .view("supportsInterface(bytes4)", guard(Erc721Handlers::supportsInterface))
            .view("owner()", guard(CardAdminHandlers::owner))
            .view("soulbound()", guard(CardAdminHandlers::soulbound))
            .view("tierOf(uint256)", guard(CardAdminHandlers::tierOf))
            .nonpayable("mint(address,uint8)", guard(CardAdminHandlers::mint))
            .nonpayable("setTier(uint256,uint8)", guard(CardAdminHandlers::setTier))
            .nonpayable("setBaseURI(string)", guard(CardAdminHandlers::setBaseUri))
            .nonpayable("airdrop(address[],uint8)", guard(CardAdminHandlers::airdrop))
            .nonpayable(
                "airdropToHolders(uint256,uint8)", guard(CardAdminHandlers::airdropToHolders))
            .nonpayable(
                "airdropToHolders(uint256,uint8,uint256,uint256)",
                guard(CardAdminHandlers::airdropToHoldersRange))
            .view("memberBound()", guard(CardLifecycleHandlers::memberBound))
            .nonpayable("burn(uint256)", guard(CardLifecycleHandlers::burn))
            .nonpayable("reissue(uint256,address)", guard(CardLifecycleHandlers::reissue))
            .view("pendingOwner()", guard(CardLifecycleHandlers::pendingOwner))
            .nonpayable(
                "transferOwnership(address)", guard(CardLifecycleHandlers::transferOwnership))
            .nonpayable("acceptOwnership()", guard(CardLifecycleHandlers::acceptOwnership))
            .nonpayable(
                "createDrop(uint64,uint64,uint256,uint256,uint256,uint256)",
                guard(DropHandlers::createDrop))
            .view("dropCount()", guard(DropHandlers::dropCount))
            .view("dropInfo(uint256)", guard(DropHandlers::dropInfo))
            .view("dropTerms(uint256)", guard(DropHandlers::dropTerms))
            .view("canBuy(uint256,address)", guard(DropHandlers::canBuy))
            .view("purchaseOf(uint256,address)", guard(DropHandlers::purchaseOf))
            .view("itemOf(uint256,address)", guard(DropHandlers::itemOf))
            .nonpayable("buy(uint256)", guard(DropSales::buy))
            .nonpayable(
                "buyWithPermit(uint256,uint256,uint8,bytes32,bytes32)",
                guard(DropSales::buyWithPermit))
            .nonpayable("refund(uint256,address)", guard(DropSales::refund))
            .view("clock()", guard(VotesHandlers::clock))
            .view("CLOCK_MODE()", guard(VotesHandlers::clockMode))
            .view("getVotes(address)", guard(VotesHandlers::getVotes))
            .view("getPastVotes(address,uint256)", guard(VotesHandlers::getPastVotes))
            .view("getPastTotalSupply(uint256)", guard(VotesHandlers::getPastTotalSupply))
            .view("delegates(address)", guard(VotesHandlers::delegates))
            .nonpayable("delegate(address)", guard(VotesHandlers::delegate))
            .nonpayable(
                "delegateBySig(address,uint256,uint256,uint8,bytes32,bytes32)",
                guard(VotesHandlers::delegateBySig))
            .view("nonces(address)", guard(VotesHandlers::nonces))
            .view("eip712Domain()", guard(VotesHandlers::eip712Domain))
            .build();
  }

  /** The selector → function table, for tests and tooling. */
  public DispatchTable dispatchTable() {
    return table;
  }

  @Override
  public String name() {
    return "membership-collections";
  }

  @Override
  public boolean serves(ChainAddress address) {
    return MembershipAddresses.collectionId(address).isPresent();
  }

  @Override
  public CallResult call(CallContext ctx, byte[] input) {
    return table.dispatch(ctx, input);
  }

  private static DispatchTable.Handler guard(Collection.Handler handler) {
    return (ctx, args) -> {
      long id = MembershipAddresses.collectionId(ctx.self()).orElseThrow();
      Collection collection = Collection.open(ctx, id);
      if (!collection.state().exists()) {
        return MembershipErrors.UNKNOWN_COLLECTION.revert(AbiValues.uint256(id));
      }
      return handler.handle(collection, args);
    };
  }
}
