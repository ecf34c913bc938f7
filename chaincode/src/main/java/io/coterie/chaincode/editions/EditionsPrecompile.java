package io.coterie.chaincode.editions;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.encode;
import static io.coterie.chaincode.abi.AbiValues.string;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.abi.DispatchTable;
import io.coterie.chaincode.abi.TokenReceivers;
import io.coterie.chaincode.roles.RolesReader;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.MeteredState;
import io.coterie.chaincode.spi.Precompile;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;

/**
 * Editions at {@code 0x…100c} ({@code IEditions.sol}): a brand creates a limited edition with a
 * supply cap and airdrops it up to the cap; the collectibles are ERC-1155 tokens that holders
 * transfer.
 */
public final class EditionsPrecompile implements Precompile {
  /** Longest edition URI, in UTF-8 bytes. */
  static final int MAX_URI_BYTES = 512;

  private static final RolesReader ROLES = new RolesReader();

  private final DispatchTable table =
      DispatchTable.builder()
          .nonpayable("createEdition(uint256,string)", EditionsPrecompile::createEdition)
          .nonpayable("airdrop(uint256,address[],uint256[])", EditionsPrecompile::airdrop)
          .view("editionInfo(uint256)", EditionsPrecompile::editionInfo)
          .view("editionCount()", EditionsPrecompile::editionCount)
          .view("totalSupply(uint256)", EditionsPrecompile::totalSupply)
          .view("uri(uint256)", EditionsPrecompile::uri)
          .view("balanceOf(address,uint256)", Erc1155Functions::balanceOf)
          .view("balanceOfBatch(address[],uint256[])", Erc1155Functions::balanceOfBatch)
          .view("isApprovedForAll(address,address)", Erc1155Functions::isApprovedForAll)
          .nonpayable("setApprovalForAll(address,bool)", Erc1155Functions::setApprovalForAll)
          .nonpayable(
              "safeTransferFrom(address,address,uint256,uint256,bytes)",
              Erc1155Functions::safeTransferFrom)
          .nonpayable(
              "safeBatchTransferFrom(address,address,uint256[],uint256[],bytes)",
              Erc1155Functions::safeBatchTransferFrom)
          .pure("supportsInterface(bytes4)", Erc1155Functions::supportsInterface)
          .build();

  /** The selector → function table, for tests and tooling. */
  public DispatchTable dispatchTable() {
    return table;
  }

  @Override
  public String name() {
    return "editions";
  }

  @Override
  public boolean serves(ChainAddress address) {
    return EditionsLayout.ADDRESS.equals(address);
  }

  @Override
  public CallResult call(CallContext ctx, byte[] input) {
    return table.dispatch(ctx, input);
  }

  private static CallResult createEdition(CallContext ctx, CalldataReader args) {
    List<Type> in =
        args.decode(List.of(new TypeReference<Uint256>() {}, new TypeReference<Utf8String>() {}));
    BigInteger maxSupply = (BigInteger) in.get(0).getValue();
    String uri = (String) in.get(1).getValue();
    ChainAddress brand = ctx.sender();
    if (!ROLES.hasRole(MeteredState.chargedReads(ctx), StandardRoles.BRAND_ROLE, brand)) {
      return EditionsErrors.NOT_A_BRAND.revert(address(brand));
    }
    if (maxSupply.signum() == 0) {
      return EditionsErrors.INVALID_SUPPLY_CAP.revert(uint256(maxSupply));
    }
    int length = uri.getBytes(StandardCharsets.UTF_8).length;
    if (length > MAX_URI_BYTES) {
      return EditionsErrors.URI_TOO_LONG.revert(uint256(length), uint256(MAX_URI_BYTES));
    }
    BigInteger id = Erc1155Functions.book(ctx).create(brand, maxSupply, uri);
    MeteredState events = MeteredState.of(ctx);
    events.emit(
        EditionsEvents.EDITION_CREATED.topics(Word.of(id), Word.of(brand)),
        EditionsEvents.EDITION_CREATED.data(uint256(maxSupply), string(uri)));
    events.emit(EditionsEvents.URI.topics(Word.of(id)), EditionsEvents.URI.data(string(uri)));
    return CallResult.success(encode(uint256(id)));
  }

  /**
   * {@code airdrop(uint256 id, address[] recipients, uint256[] amounts)}, by the edition's brand:
   * refused whole when the amounts together would pass the cap, so the cap holds whatever happens.
   */
  @SuppressWarnings("unchecked")
  private static CallResult airdrop(CallContext ctx, CalldataReader args) {
    List<Type> in =
        args.decode(
            List.of(
                new TypeReference<Uint256>() {},
                new TypeReference<DynamicArray<Address>>() {},
                new TypeReference<DynamicArray<Uint256>>() {}));
    BigInteger id = (BigInteger) in.get(0).getValue();
    List<Address> recipients = ((DynamicArray<Address>) in.get(1)).getValue();
    List<Uint256> amounts = ((DynamicArray<Uint256>) in.get(2)).getValue();
    EditionBook book = Erc1155Functions.book(ctx);
    Optional<EditionBook.Edition> found = book.find(id);
    if (found.isEmpty()) {
      return EditionsErrors.UNKNOWN_EDITION.revert(uint256(id));
    }
    EditionBook.Edition edition = found.get();
    if (!edition.brand().equals(ctx.sender())) {
      return EditionsErrors.NOT_EDITION_BRAND.revert(
          uint256(id), address(ctx.sender()), address(edition.brand()));
    }
    if (recipients.size() != amounts.size()) {
      return EditionsErrors.ERC1155_INVALID_ARRAY_LENGTH.revert(
          uint256(recipients.size()), uint256(amounts.size()));
    }
    BigInteger requested = BigInteger.ZERO;
    for (int i = 0; i < recipients.size(); i++) {
      ChainAddress to = ChainAddress.of(recipients.get(i).toUint().getValue());
      if (!TokenReceivers.accepts(to)) {
        return EditionsErrors.ERC1155_INVALID_RECEIVER.revert(address(to));
      }
      requested = requested.add(amounts.get(i).getValue());
    }
    if (requested.compareTo(edition.remaining()) > 0) {
      return EditionsErrors.EDITION_CAP_EXCEEDED.revert(
          uint256(id), uint256(edition.maxSupply()), uint256(edition.minted()), uint256(requested));
    }
    book.setMinted(id, edition.minted().add(requested));
    MeteredState events = MeteredState.of(ctx);
    for (int i = 0; i < recipients.size(); i++) {
      ChainAddress to = ChainAddress.of(recipients.get(i).toUint().getValue());
      BigInteger amount = amounts.get(i).getValue();
      book.setBalance(id, to, book.balanceOf(id, to).add(amount));
      events.emit(
          EditionsEvents.TRANSFER_SINGLE.topics(Word.of(ctx.sender()), Word.ZERO, Word.of(to)),
          encode(uint256(id), uint256(amount)));
    }
    return CallResult.success();
  }

  private static CallResult onEdition(
      CallContext ctx,
      CalldataReader args,
      java.util.function.Function<EditionBook.Edition, CallResult> view) {
    BigInteger id = args.uint256(0);
    return Erc1155Functions.book(ctx)
        .find(id)
        .map(view)
        .orElseGet(() -> EditionsErrors.UNKNOWN_EDITION.revert(uint256(id)));
  }

  /** (brand, maxSupply, minted, uri). */
  private static CallResult editionInfo(CallContext ctx, CalldataReader args) {
    return onEdition(
        ctx,
        args,
        e ->
            CallResult.success(
                encode(
                    address(e.brand()),
                    uint256(e.maxSupply()),
                    uint256(e.minted()),
                    string(e.uri()))));
  }

  private static CallResult totalSupply(CallContext ctx, CalldataReader args) {
    return onEdition(ctx, args, e -> CallResult.success(encode(uint256(e.minted()))));
  }

  private static CallResult uri(CallContext ctx, CalldataReader args) {
    return onEdition(ctx, args, e -> CallResult.success(encode(string(e.uri()))));
  }

  private static CallResult editionCount(CallContext ctx, CalldataReader args) {
    return CallResult.success(encode(uint256(Erc1155Functions.book(ctx).count())));
  }
}
