package io.coterie.chaincode.works;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.bool;
import static io.coterie.chaincode.abi.AbiValues.encode;
import static io.coterie.chaincode.abi.AbiValues.string;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.abi.Selector;
import io.coterie.chaincode.abi.TokenReceivers;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.generated.Uint256;

/**
 * ERC-721 with its metadata extension, ERC-165, ERC-2981 royalties and the ERC-4906 interface id,
 * with OpenZeppelin v5's checks, their order and its errors. A listed work does not move except by
 * {@code buy}.
 */
final class WorkTokenFunctions {
  static final String NAME = "Coterie Works";
  static final String SYMBOL = "WORK";

  static final Selector IERC165_ID = Selector.fromHex("0x01ffc9a7");
  static final Selector IERC721_ID = Selector.fromHex("0x80ac58cd");
  static final Selector IERC721_METADATA_ID =
      Selector.interfaceId("name()", "symbol()", "tokenURI(uint256)");
  static final Selector IERC2981_ID = Selector.interfaceId("royaltyInfo(uint256,uint256)");
  static final Selector IERC4906_ID = Selector.fromHex("0x49064906");

  private WorkTokenFunctions() {}

  static CallResult balanceOf(CallContext ctx, CalldataReader args) {
    ChainAddress owner = args.address(0);
    if (owner.equals(ChainAddress.ZERO)) {
      return WorksErrors.ERC721_INVALID_OWNER.revert(address(owner));
    }
    return CallResult.success(encode(uint256(new WorkCall(ctx).ledger.balanceOf(owner))));
  }

  static CallResult ownerOf(CallContext ctx, CalldataReader args) {
    WorkCall.Owned owned = new WorkCall(ctx).owned(args.uint256(0));
    return owned.exists()
        ? CallResult.success(encode(address(owned.owner())))
        : owned.nonexistent();
  }

  static CallResult getApproved(CallContext ctx, CalldataReader args) {
    WorkCall call = new WorkCall(ctx);
    WorkCall.Owned owned = call.owned(args.uint256(0));
    if (!owned.exists()) {
      return owned.nonexistent();
    }
    return CallResult.success(encode(address(call.ledger.approved(owned.tokenId()))));
  }

  static CallResult isApprovedForAll(CallContext ctx, CalldataReader args) {
    boolean approved = new WorkCall(ctx).ledger.isApprovedForAll(args.address(0), args.address(1));
    return CallResult.success(encode(bool(approved)));
  }

  static CallResult approve(CallContext ctx, CalldataReader args) {
    ChainAddress to = args.address(0);
    WorkCall call = new WorkCall(ctx);
    WorkCall.Owned owned = call.owned(args.uint256(1));
    if (!owned.exists()) {
      return owned.nonexistent();
    }
    ChainAddress owner = owned.owner();
    if (!call.sender().equals(owner) && !call.ledger.isApprovedForAll(owner, call.sender())) {
      return WorksErrors.ERC721_INVALID_APPROVER.revert(address(call.sender()));
    }
    call.ledger.approve(owned.tokenId(), to);
    call.emit(
        WorksEvents.APPROVAL.topics(Word.of(owner), Word.of(to), Word.of(owned.tokenId())),
        new byte[0]);
    return CallResult.success();
  }

  static CallResult setApprovalForAll(CallContext ctx, CalldataReader args) {
    ChainAddress operator = args.address(0);
    boolean approved = args.bool(1);
    if (operator.equals(ChainAddress.ZERO)) {
      return WorksErrors.ERC721_INVALID_OPERATOR.revert(address(operator));
    }
    WorkCall call = new WorkCall(ctx);
    call.ledger.setApprovalForAll(call.sender(), operator, approved);
    call.emit(
        WorksEvents.APPROVAL_FOR_ALL.topics(Word.of(call.sender()), Word.of(operator)),
        encode(bool(approved)));
    return CallResult.success();
  }

  static CallResult transferFrom(CallContext ctx, CalldataReader args) {
    return transfer(new WorkCall(ctx), args.address(0), args.address(1), args.uint256(2));
  }

  /**
   * Both {@code safeTransferFrom}s behave as {@code transferFrom}: with no EVM, every account that
   * may receive is an externally owned one ({@link TokenReceivers}), for which the {@code
   * onERC721Received} check is trivially satisfied. The {@code bytes} argument is decoded strictly.
   */
  static CallResult safeTransferFromWithData(CallContext ctx, CalldataReader args) {
    args.decode(
        List.of(
            new TypeReference<Address>() {},
            new TypeReference<Address>() {},
            new TypeReference<Uint256>() {},
            new TypeReference<DynamicBytes>() {}));
    return transferFrom(ctx, args);
  }

  private static CallResult transfer(
      WorkCall call, ChainAddress from, ChainAddress to, BigInteger tokenId) {
    if (!TokenReceivers.accepts(to)) {
      return WorksErrors.ERC721_INVALID_RECEIVER.revert(address(to));
    }
    WorkCall.Owned owned = call.owned(tokenId);
    if (!owned.exists()) {
      return owned.nonexistent();
    }
    Optional<WorkLedger.Listing> listing = call.ledger.listingOf(tokenId);
    if (listing.isPresent()) {
      return WorksErrors.WORK_IS_LISTED.revert(
          uint256(tokenId), uint256(listing.get().programId()), uint256(listing.get().price()));
    }
    ChainAddress owner = owned.owner();
    ChainAddress spender = call.sender();
    boolean authorised =
        spender.equals(owner)
            || call.ledger.isApprovedForAll(owner, spender)
            || call.ledger.approved(tokenId).equals(spender);
    if (!authorised) {
      return WorksErrors.ERC721_INSUFFICIENT_APPROVAL.revert(address(spender), uint256(tokenId));
    }
    if (!owner.equals(from)) {
      return WorksErrors.ERC721_INCORRECT_OWNER.revert(
          address(from), uint256(tokenId), address(owner));
    }
    call.ledger.transfer(from, to, tokenId);
    call.emitTransfer(from, to, tokenId);
    return CallResult.success();
  }

  static CallResult name(CallContext ctx, CalldataReader args) {
    return CallResult.success(encode(string(NAME)));
  }

  static CallResult symbol(CallContext ctx, CalldataReader args) {
    return CallResult.success(encode(string(SYMBOL)));
  }

  static CallResult tokenUri(CallContext ctx, CalldataReader args) {
    WorkCall call = new WorkCall(ctx);
    WorkCall.Owned owned = call.owned(args.uint256(0));
    if (!owned.exists()) {
      return owned.nonexistent();
    }
    return CallResult.success(encode(string(call.ledger.uri(owned.tokenId()))));
  }

  static CallResult totalSupply(CallContext ctx, CalldataReader args) {
    return CallResult.success(encode(uint256(new WorkCall(ctx).ledger.count())));
  }

  /** ERC-2981: (creator, floor(salePrice * royaltyBps / 10000)). */
  static CallResult royaltyInfo(CallContext ctx, CalldataReader args) {
    WorkCall call = new WorkCall(ctx);
    WorkCall.Owned owned = call.owned(args.uint256(0));
    if (!owned.exists()) {
      return owned.nonexistent();
    }
    BigInteger royalty =
        RoyaltySplit.of(args.uint256(1), call.ledger.royaltyBps(owned.tokenId())).royalty();
    return CallResult.success(
        encode(address(call.ledger.creator(owned.tokenId())), uint256(royalty)));
  }

  static CallResult supportsInterface(CallContext ctx, CalldataReader args) {
    Selector id = args.bytes4(0);
    boolean supported =
        id.equals(IERC165_ID)
            || id.equals(IERC721_ID)
            || id.equals(IERC721_METADATA_ID)
            || id.equals(IERC2981_ID)
            || id.equals(IERC4906_ID);
    return CallResult.success(encode(bool(supported)));
  }
}
