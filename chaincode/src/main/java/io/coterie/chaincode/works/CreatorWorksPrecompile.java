package io.coterie.chaincode.works;

import io.coterie.chaincode.abi.DispatchTable;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Precompile;

/**
 * Creators' works at {@code 0x…100b} ({@code ICreatorWorks.sol}): members' content as ERC-721
 * tokens with ERC-2981 royalties and ERC-4906 metadata events; paid uses and resales in points pay
 * the creator's royalty in the same call.
 */
public final class CreatorWorksPrecompile implements Precompile {
  private final DispatchTable table =
      DispatchTable.builder()
          .nonpayable("mintWork(bytes32,string,uint256)", WorkMinting::mintWork)
          .nonpayable("updateTokenURI(uint256,string)", WorkMinting::updateTokenUri)
          .nonpayable("updateTokenURIs(uint256,string[])", WorkMinting::updateTokenUris)
          .view("workOf(uint256)", WorkMinting::workOf)
          .view("tokenOfContent(bytes32)", WorkMinting::tokenOfContent)
          .view("usesOf(uint256)", WorkMinting::usesOf)
          .nonpayable("list(uint256,uint256,uint256)", WorkSales::list)
          .nonpayable("sell(uint256,address,uint256,uint256)", WorkSales::sell)
          .nonpayable("cancelListing(uint256)", WorkSales::cancelListing)
          .nonpayable("buy(uint256)", WorkSales::buy)
          .nonpayable(
              "buyWithPermit(uint256,uint256,uint8,bytes32,bytes32)", WorkSales::buyWithPermit)
          .nonpayable("buyUse(uint256,uint256,uint256)", WorkSales::buyUse)
          .view("listingOf(uint256)", WorkSales::listingOf)
          .view("balanceOf(address)", WorkTokenFunctions::balanceOf)
          .view("ownerOf(uint256)", WorkTokenFunctions::ownerOf)
          .view("getApproved(uint256)", WorkTokenFunctions::getApproved)
          .view("isApprovedForAll(address,address)", WorkTokenFunctions::isApprovedForAll)
          .nonpayable("approve(address,uint256)", WorkTokenFunctions::approve)
          .nonpayable("setApprovalForAll(address,bool)", WorkTokenFunctions::setApprovalForAll)
          .nonpayable("transferFrom(address,address,uint256)", WorkTokenFunctions::transferFrom)
          .nonpayable("safeTransferFrom(address,address,uint256)", WorkTokenFunctions::transferFrom)
          .nonpayable(
              "safeTransferFrom(address,address,uint256,bytes)",
              WorkTokenFunctions::safeTransferFromWithData)
          .pure("name()", WorkTokenFunctions::name)
          .pure("symbol()", WorkTokenFunctions::symbol)
          .view("tokenURI(uint256)", WorkTokenFunctions::tokenUri)
          .view("totalSupply()", WorkTokenFunctions::totalSupply)
          .view("royaltyInfo(uint256,uint256)", WorkTokenFunctions::royaltyInfo)
          .pure("supportsInterface(bytes4)", WorkTokenFunctions::supportsInterface)
          .build();

  /** The selector → function table, for tests and tooling. */
  public DispatchTable dispatchTable() {
    return table;
  }

  @Override
  public String name() {
    return "works";
  }

  @Override
  public boolean serves(ChainAddress address) {
    return WorksLayout.ADDRESS.equals(address);
  }

  @Override
  public CallResult call(CallContext ctx, byte[] input) {
    return table.dispatch(ctx, input);
  }
}
