package io.coterie.chaincode.editions;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.bool;
import static io.coterie.chaincode.abi.AbiValues.encode;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.abi.Selector;
import io.coterie.chaincode.abi.TokenReceivers;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.MeteredState;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint256;

/**
 * ERC-1155 and ERC-165 with OpenZeppelin v5's checks, their order and errors. The "safe" transfers
 * call no receiver hook: without an EVM every account that may receive is externally owned ({@link
 * TokenReceivers}), for which {@code onERC1155Received} is trivially satisfied; precompiles, which
 * hold no tokens, are refused as receivers. The {@code data} argument is decoded and ignored.
 */
final class Erc1155Functions {
  static final Selector IERC165_ID = Selector.fromHex("0x01ffc9a7");
  static final Selector IERC1155_ID = Selector.fromHex("0xd9b67a26");
  static final Selector IERC1155_METADATA_URI_ID = Selector.interfaceId("uri(uint256)");

  private Erc1155Functions() {}

  static EditionBook book(CallContext ctx) {
    return new EditionBook(AccountSlots.metered(MeteredState.of(ctx, EditionsLayout.ADDRESS)));
  }

  static CallResult balanceOf(CallContext ctx, CalldataReader args) {
    return CallResult.success(
        encode(uint256(book(ctx).balanceOf(args.uint256(1), args.address(0)))));
  }

  @SuppressWarnings("unchecked")
  static CallResult balanceOfBatch(CallContext ctx, CalldataReader args) {
    List<Type> in =
        args.decode(
            List.of(
                new TypeReference<DynamicArray<Address>>() {},
                new TypeReference<DynamicArray<Uint256>>() {}));
    List<Address> accounts = ((DynamicArray<Address>) in.get(0)).getValue();
    List<Uint256> ids = ((DynamicArray<Uint256>) in.get(1)).getValue();
    if (accounts.size() != ids.size()) {
      return EditionsErrors.ERC1155_INVALID_ARRAY_LENGTH.revert(
          uint256(accounts.size()), uint256(ids.size()));
    }
    EditionBook book = book(ctx);
    List<Uint256> out = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      ChainAddress account = ChainAddress.of(accounts.get(i).toUint().getValue());
      out.add(uint256(book.balanceOf(ids.get(i).getValue(), account)));
    }
    return CallResult.success(encode(new DynamicArray<>(Uint256.class, out)));
  }

  static CallResult isApprovedForAll(CallContext ctx, CalldataReader args) {
    return CallResult.success(
        encode(bool(book(ctx).isApprovedForAll(args.address(0), args.address(1)))));
  }

  static CallResult setApprovalForAll(CallContext ctx, CalldataReader args) {
    ChainAddress operator = args.address(0);
    boolean approved = args.bool(1);
    if (operator.equals(ChainAddress.ZERO)) {
      return EditionsErrors.ERC1155_INVALID_OPERATOR.revert(address(operator));
    }
    book(ctx).setApprovalForAll(ctx.sender(), operator, approved);
    MeteredState.of(ctx)
        .emit(
            EditionsEvents.APPROVAL_FOR_ALL.topics(Word.of(ctx.sender()), Word.of(operator)),
            encode(bool(approved)));
    return CallResult.success();
  }

  /** {@code safeTransferFrom(address from, address to, uint256 id, uint256 value, bytes data)}. */
  static CallResult safeTransferFrom(CallContext ctx, CalldataReader args) {
    args.decode(
        List.of(
            new TypeReference<Address>() {},
            new TypeReference<Address>() {},
            new TypeReference<Uint256>() {},
            new TypeReference<Uint256>() {},
            new TypeReference<DynamicBytes>() {}));
    ChainAddress from = args.address(0);
    ChainAddress to = args.address(1);
    BigInteger id = args.uint256(2);
    BigInteger value = args.uint256(3);
    return transfer(ctx, from, to, List.of(id), List.of(value), false);
  }

  /** {@code safeBatchTransferFrom(address, address, uint256[] ids, uint256[] values, bytes)}. */
  @SuppressWarnings("unchecked")
  static CallResult safeBatchTransferFrom(CallContext ctx, CalldataReader args) {
    List<Type> in =
        args.decode(
            List.of(
                new TypeReference<Address>() {},
                new TypeReference<Address>() {},
                new TypeReference<DynamicArray<Uint256>>() {},
                new TypeReference<DynamicArray<Uint256>>() {},
                new TypeReference<DynamicBytes>() {}));
    List<BigInteger> ids =
        ((DynamicArray<Uint256>) in.get(2)).getValue().stream().map(Uint256::getValue).toList();
    List<BigInteger> values =
        ((DynamicArray<Uint256>) in.get(3)).getValue().stream().map(Uint256::getValue).toList();
    return transfer(ctx, args.address(0), args.address(1), ids, values, true);
  }

  private static CallResult transfer(
      CallContext ctx,
      ChainAddress from,
      ChainAddress to,
      List<BigInteger> ids,
      List<BigInteger> values,
      boolean batch) {
    ChainAddress operator = ctx.sender();
    EditionBook book = book(ctx);
    if (!from.equals(operator) && !book.isApprovedForAll(from, operator)) {
      return EditionsErrors.ERC1155_MISSING_APPROVAL_FOR_ALL.revert(
          address(operator), address(from));
    }
    if (!TokenReceivers.accepts(to)) {
      return EditionsErrors.ERC1155_INVALID_RECEIVER.revert(address(to));
    }
    if (from.equals(ChainAddress.ZERO)) {
      return EditionsErrors.ERC1155_INVALID_SENDER.revert(address(from));
    }
    if (ids.size() != values.size()) {
      return EditionsErrors.ERC1155_INVALID_ARRAY_LENGTH.revert(
          uint256(ids.size()), uint256(values.size()));
    }
    // As OZ's _update: each id in order, so a repeated id draws on what is left of the balance.
    for (int i = 0; i < ids.size(); i++) {
      BigInteger id = ids.get(i);
      BigInteger value = values.get(i);
      BigInteger balance = book.balanceOf(id, from);
      if (balance.compareTo(value) < 0) {
        return EditionsErrors.ERC1155_INSUFFICIENT_BALANCE.revert(
            address(from), uint256(balance), uint256(value), uint256(id));
      }
      if (!from.equals(to)) {
        book.setBalance(id, from, balance.subtract(value));
        book.setBalance(id, to, book.balanceOf(id, to).add(value));
      }
    }
    List<Word> topics =
        (batch ? EditionsEvents.TRANSFER_BATCH : EditionsEvents.TRANSFER_SINGLE)
            .topics(Word.of(operator), Word.of(from), Word.of(to));
    byte[] data =
        batch
            ? encode(uint256Array(ids), uint256Array(values))
            : encode(uint256(ids.get(0)), uint256(values.get(0)));
    MeteredState.of(ctx).emit(topics, data);
    return CallResult.success();
  }

  static DynamicArray<Uint256> uint256Array(List<BigInteger> values) {
    return new DynamicArray<>(Uint256.class, values.stream().map(Uint256::new).toList());
  }

  static CallResult supportsInterface(CallContext ctx, CalldataReader args) {
    Selector id = args.bytes4(0);
    boolean supported =
        id.equals(IERC165_ID) || id.equals(IERC1155_ID) || id.equals(IERC1155_METADATA_URI_ID);
    return CallResult.success(encode(bool(supported)));
  }
}
