package io.coterie.chaincode.membership;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.bool;
import static io.coterie.chaincode.abi.AbiValues.encode;
import static io.coterie.chaincode.abi.AbiValues.string;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.abi.Selector;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import java.math.BigInteger;
import java.util.List;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.generated.Uint256;

/**
 * ERC-721, its metadata and enumerable extensions, ERC-165 and ERC-5192 on a collection, with
 * OpenZeppelin v5's checks, their order and its custom errors.
 */
final class Erc721Handlers {
  private Erc721Handlers() {}

  static final Selector IERC165_ID = Selector.fromHex("0x01ffc9a7");
  static final Selector IERC721_ID =
      Selector.interfaceId(
          "balanceOf(address)",
          "ownerOf(uint256)",
          "safeTransferFrom(address,address,uint256,bytes)",
          "safeTransferFrom(address,address,uint256)",
          "transferFrom(address,address,uint256)",
          "approve(address,uint256)",
          "setApprovalForAll(address,bool)",
          "getApproved(uint256)",
          "isApprovedForAll(address,address)");
  static final Selector IERC721_METADATA_ID =
      Selector.interfaceId("name()", "symbol()", "tokenURI(uint256)");
  static final Selector IERC721_ENUMERABLE_ID =
      Selector.interfaceId(
          "totalSupply()", "tokenOfOwnerByIndex(address,uint256)", "tokenByIndex(uint256)");
  static final Selector IERC5192_ID = Selector.interfaceId("locked(uint256)");

  static CallResult balanceOf(Collection c, CalldataReader args) {
    ChainAddress owner = args.address(0);
    if (owner.equals(ChainAddress.ZERO)) {
      return MembershipErrors.ERC721_INVALID_OWNER.revert(address(owner));
    }
    return CallResult.success(encode(uint256(c.state().balanceOf(owner))));
  }

  static CallResult ownerOf(Collection c, CalldataReader args) {
    Collection.Owned owned = c.requireOwned(args.uint256(0));
    if (!owned.exists()) {
      return owned.nonexistent();
    }
    return CallResult.success(encode(address(owned.owner())));
  }

  static CallResult getApproved(Collection c, CalldataReader args) {
    BigInteger tokenId = args.uint256(0);
    Collection.Owned owned = c.requireOwned(tokenId);
    if (!owned.exists()) {
      return owned.nonexistent();
    }
    return CallResult.success(encode(address(c.state().approved(tokenId))));
  }

  static CallResult isApprovedForAll(Collection c, CalldataReader args) {
    return CallResult.success(
        encode(bool(c.state().isApprovedForAll(args.address(0), args.address(1)))));
  }

  static CallResult approve(Collection c, CalldataReader args) {
    ChainAddress to = args.address(0);
    BigInteger tokenId = args.uint256(1);
    Collection.Owned owned = c.requireOwned(tokenId);
    if (!owned.exists()) {
      return owned.nonexistent();
    }
    ChainAddress owner = owned.owner();
    if (!c.sender().equals(owner) && !c.state().isApprovedForAll(owner, c.sender())) {
      return MembershipErrors.ERC721_INVALID_APPROVER.revert(address(c.sender()));
    }
    c.state().approve(owner, to, tokenId);
    return CallResult.success();
  }

  static CallResult setApprovalForAll(Collection c, CalldataReader args) {
    ChainAddress operator = args.address(0);
    boolean approved = args.bool(1);
    if (operator.equals(ChainAddress.ZERO)) {
      return MembershipErrors.ERC721_INVALID_OPERATOR.revert(address(operator));
    }
    c.state().setApprovalForAll(c.sender(), operator, approved);
    return CallResult.success();
  }

  static CallResult transferFrom(Collection c, CalldataReader args) {
    return transfer(c, args.address(0), args.address(1), args.uint256(2));
  }

  /**
   * Both {@code safeTransferFrom}s behave as {@code transferFrom}: Coterie has no EVM, so no
   * receiver contract can exist and {@code onERC721Received} is never called. The {@code bytes}
   * argument is still decoded strictly.
   */
  static CallResult safeTransferFromWithData(Collection c, CalldataReader args) {
    args.decode(
        List.of(
            new TypeReference<Address>() {},
            new TypeReference<Address>() {},
            new TypeReference<Uint256>() {},
            new TypeReference<DynamicBytes>() {}));
    return transferFrom(c, args);
  }

  private static CallResult transfer(
      Collection c, ChainAddress from, ChainAddress to, BigInteger tokenId) {
    if (to.equals(ChainAddress.ZERO)) {
      return MembershipErrors.ERC721_INVALID_RECEIVER.revert(address(to));
    }
    Collection.Owned owned = c.requireOwned(tokenId);
    if (!owned.exists()) {
      return owned.nonexistent();
    }
    if (c.state().soulbound()) {
      return MembershipErrors.SOULBOUND_CARD.revert(uint256(tokenId));
    }
    ChainAddress owner = owned.owner();
    ChainAddress spender = c.sender();
    boolean authorised =
        spender.equals(owner)
            || c.state().isApprovedForAll(owner, spender)
            || c.state().approved(tokenId).equals(spender);
    if (!authorised) {
      return MembershipErrors.ERC721_INSUFFICIENT_APPROVAL.revert(
          address(spender), uint256(tokenId));
    }
    if (!owner.equals(from)) {
      return MembershipErrors.ERC721_INCORRECT_OWNER.revert(
          address(from), uint256(tokenId), address(owner));
    }
    c.state().transfer(from, to, tokenId);
    return CallResult.success();
  }

  static CallResult name(Collection c, CalldataReader args) {
    return CallResult.success(encode(string(c.state().name())));
  }

  static CallResult symbol(Collection c, CalldataReader args) {
    return CallResult.success(encode(string(c.state().symbol())));
  }

  /** OZ: {@code baseURI + tokenId} in decimal, or "" when the base URI is empty. */
  static CallResult tokenUri(Collection c, CalldataReader args) {
    BigInteger tokenId = args.uint256(0);
    Collection.Owned owned = c.requireOwned(tokenId);
    if (!owned.exists()) {
      return owned.nonexistent();
    }
    String base = c.state().baseUri();
    return CallResult.success(encode(string(base.isEmpty() ? "" : base + tokenId)));
  }

  static CallResult totalSupply(Collection c, CalldataReader args) {
    return CallResult.success(encode(uint256(c.state().totalSupply())));
  }

  static CallResult tokenByIndex(Collection c, CalldataReader args) {
    BigInteger index = args.uint256(0);
    if (index.compareTo(BigInteger.valueOf(c.state().totalSupply())) >= 0) {
      return MembershipErrors.ERC721_OUT_OF_BOUNDS_INDEX.revert(
          address(ChainAddress.ZERO), uint256(index));
    }
    return CallResult.success(encode(uint256(c.state().tokenByIndex(index.longValueExact()))));
  }

  static CallResult tokenOfOwnerByIndex(Collection c, CalldataReader args) {
    ChainAddress owner = args.address(0);
    BigInteger index = args.uint256(1);
    if (index.compareTo(BigInteger.valueOf(c.state().balanceOf(owner))) >= 0) {
      return MembershipErrors.ERC721_OUT_OF_BOUNDS_INDEX.revert(address(owner), uint256(index));
    }
    return CallResult.success(
        encode(uint256(c.state().tokenOfOwnerByIndex(owner, index.longValueExact()))));
  }

  /** ERC-5192: every card of a soulbound collection is locked, no other card is. */
  static CallResult locked(Collection c, CalldataReader args) {
    Collection.Owned owned = c.requireOwned(args.uint256(0));
    if (!owned.exists()) {
      return owned.nonexistent();
    }
    return CallResult.success(encode(bool(c.state().soulbound())));
  }

  static CallResult supportsInterface(Collection c, CalldataReader args) {
    Selector id = args.bytes4(0);
    boolean supported =
        id.equals(IERC165_ID)
            || id.equals(IERC721_ID)
            || id.equals(IERC721_METADATA_ID)
            || id.equals(IERC721_ENUMERABLE_ID)
            || id.equals(IERC5192_ID);
    return CallResult.success(encode(bool(supported)));
  }
}
