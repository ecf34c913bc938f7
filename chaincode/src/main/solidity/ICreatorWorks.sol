// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.20;

/// @title Coterie creators' works: members' content as ERC-721 tokens that pay their creators
/// @notice Built into every Coterie node at 0x000000000000000000000000000000000000100b. A member
/// (MEMBER_ROLE at 0x…1000) mints their own work: its content hash (bytes32, each content once) and
/// URI live on chain, the content off chain. ERC-721 with metadata (name "Coterie Works", symbol
/// "WORK"), ERC-165, ERC-2981 royaltyInfo and ERC-4906 metadata events. The royalty, in basis
/// points, is fixed at mint and at most 1000 (10 %). Paid uses (buyUse) and resales (list or sell,
/// then buy) are settled in points of a transferable loyalty program in the same call: the payer
/// approves this address (0x…100b) on the program token (0x…2000 + programId) for the price, or
/// signs an ERC-2612 permit for buyWithPermit; the creator receives floor(price * royaltyBps /
/// 10000), the seller or holder the rest (the creator holding the work receives all of it), and a
/// sold work moves to its buyer, or nothing happens and the token's own error is returned. A listed
/// work moves only by buy. A transfer outside a listing (a gift) pays nothing: royalties are paid
/// on what goes through the chain. No EVM: safeTransferFrom calls no onERC721Received, since the
/// only accounts with code are precompiles; addresses below 0x10000 (precompiles) and the zero
/// address are refused as receivers (ERC721InvalidReceiver), every other account is an externally
/// owned one, for which the receiver check is trivially satisfied.
/// @dev Storage layout of account 0x…100b (as a Solidity contract with these variables):
///   slot 0: uint256 workCount (token ids 1..workCount)
///   slot 1: mapping(uint256 => Work) works, Work at keccak256(pad32(tokenId) . pad32(1)):
///           +0 owner, +1 creator, +2 royaltyBps, +3 contentHash, +4 uri (string), +5 approved, +6 uses
///   slot 2: mapping(address => uint256) balances
///   slot 3: mapping(address => mapping(address => bool)) operatorApprovals
///   slot 4: mapping(bytes32 contentHash => uint256 tokenId) tokenOfContent
///   slot 5: mapping(uint256 => Listing) listings, Listing at keccak256(pad32(tokenId) . pad32(5)):
///           +0 seller, +1 buyer (0 = anyone), +2 programId, +3 price (0 = not listed)
/// Gas (deterministic): every call costs 2000 + 16 per calldata byte, plus 2100 per storage read,
/// 20000 per write of a zero slot, 5000 per write changing a non-zero slot, 100 per unchanged write,
/// 375 + 375 per topic + 8 per data byte per event, and 700 per nested call to the program token
/// plus that call's own costs. Figures below are measured (WorksAndEditionsGasTest), without the
/// transaction's intrinsic 21000 + calldata. No function accepts value.
interface ICreatorWorks {
    /// @notice ERC-721: `tokenId` moved from `from` to `to` (from 0 on mint).
    event Transfer(address indexed from, address indexed to, uint256 indexed tokenId);

    /// @notice ERC-721: `owner` approved `approved` to move `tokenId`.
    event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId);

    /// @notice ERC-721: `owner` (dis)allowed `operator` to move all its works.
    event ApprovalForAll(address indexed owner, address indexed operator, bool approved);

    /// @notice ERC-4906: the metadata (URI) of `_tokenId` changed.
    event MetadataUpdate(uint256 _tokenId);

    /// @notice ERC-4906: the metadata of tokens `_fromTokenId` to `_toTokenId` (inclusive) changed.
    event BatchMetadataUpdate(uint256 _fromTokenId, uint256 _toTokenId);

    /// @notice `creator` minted `tokenId` for content `contentHash` at `royaltyBps`, metadata at `uri`.
    event WorkMinted(uint256 indexed tokenId, address indexed creator, bytes32 indexed contentHash, uint256 royaltyBps, string uri);

    /// @notice `seller` offered `tokenId` for `price` points of program `programId`, to `buyer` (0: anyone).
    event WorkListed(uint256 indexed tokenId, address indexed seller, address indexed buyer, uint256 programId, uint256 price);

    /// @notice `seller` withdrew the offer of `tokenId`.
    event ListingCancelled(uint256 indexed tokenId, address indexed seller);

    /// @notice `buyer` bought `tokenId` from `seller` for `price` points of `programId`, `royalty` of them to the creator.
    event WorkSold(uint256 indexed tokenId, address indexed seller, address indexed buyer, uint256 programId, uint256 price, uint256 royalty);

    /// @notice `buyer` paid `price` points of `programId` for use number `useNumber` of `tokenId` held by `holder`, `royalty` of them to the creator.
    event UsePurchased(uint256 indexed tokenId, address indexed buyer, address indexed holder, uint256 programId, uint256 price, uint256 royalty, uint256 useNumber);

    /// @notice The zero address owns nothing; ask about an account.
    error ERC721InvalidOwner(address owner);
    /// @notice No work has id `tokenId`; ids run from 1 to totalSupply().
    error ERC721NonexistentToken(uint256 tokenId);
    /// @notice `sender` named as the owner of `tokenId`, which `owner` holds.
    error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner);
    /// @notice `operator` may not move `tokenId`; its owner approves it first.
    error ERC721InsufficientApproval(address operator, uint256 tokenId);
    /// @notice `approver` neither owns the work nor operates for its owner.
    error ERC721InvalidApprover(address approver);
    /// @notice The zero address cannot be an operator.
    error ERC721InvalidOperator(address operator);
    /// @notice `receiver` is the zero address or a precompile, which cannot hold works; send to an account.
    error ERC721InvalidReceiver(address receiver);
    /// @notice `account` does not hold MEMBER_ROLE; only members mint works.
    error NotAMember(address account);
    /// @notice A work needs the hash of its content; pass a non-zero bytes32 (e.g. its keccak256 or SHA-256).
    error InvalidContentHash();
    /// @notice Content `contentHash` is already work `tokenId`; each content is minted once.
    error ContentAlreadyMinted(bytes32 contentHash, uint256 tokenId);
    /// @notice A royalty of `royaltyBps` basis points is above the cap `maxBps` (10 %).
    error RoyaltyTooHigh(uint256 royaltyBps, uint256 maxBps);
    /// @notice The URI has `length` bytes; at most `maxLength` (512) are kept on chain.
    error UriTooLong(uint256 length, uint256 maxLength);
    /// @notice `account` is not the creator holding `tokenId`; only the creator, while holding it, updates its URI.
    error NotCreatorHolder(uint256 tokenId, address account);
    /// @notice `account` does not hold `tokenId`, which `owner` holds; only the holder offers it.
    error NotWorkOwner(uint256 tokenId, address account, address owner);
    /// @notice A sale or use is paid: set a price above 0.
    error InvalidPrice(uint256 price);
    /// @notice Program `programId` cannot price it: `reason`.
    error InvalidPayment(uint256 programId, string reason);
    /// @notice `tokenId` is listed for `price` points of `programId`; it moves only by buy, or cancelListing first.
    error WorkIsListed(uint256 tokenId, uint256 programId, uint256 price);
    /// @notice `tokenId` is not offered for sale.
    error NotListed(uint256 tokenId);
    /// @notice The offer of `tokenId` is reserved for `buyer`, not `account`.
    error ReservedForOtherBuyer(uint256 tokenId, address account, address buyer);
    /// @notice `account` holds `tokenId` (or offered it): it cannot buy it or a use of it.
    error BuyerIsHolder(uint256 tokenId, address account);
    /// @notice Pass at least one URI.
    error EmptyBatch();
    /// @notice No function has this selector; check the ABI you encode with.
    error UnknownSelector(bytes4 selector);
    /// @notice Calldata too short for the function's arguments, or an argument with dirty padding.
    error MalformedCalldata();
    /// @notice Native value was sent to a function that does not accept it; send 0.
    error NotPayable(uint256 value);
    /// @notice A state-changing function was called in a static (read-only) context.
    error WriteInStaticCall(bytes4 selector);

    /// @notice Mints the caller's work of content `contentHash` with metadata at `uri` and a royalty of `royaltyBps` (<= 1000); caller: a member. Emits Transfer and WorkMinted. Gas: 239334 with a 66-byte URI.
    function mintWork(bytes32 contentHash, string calldata uri, uint256 royaltyBps) external returns (uint256 tokenId);

    /// @notice Sets the URI of `tokenId`; caller: its creator, holding it. Emits MetadataUpdate. Gas: 31418 (replacing a 66-byte URI by a short one).
    function updateTokenURI(uint256 tokenId, string calldata uri) external;

    /// @notice Sets the URIs of `fromTokenId` .. `fromTokenId + uris.length - 1`; caller: their creator, holding all. Emits BatchMetadataUpdate. Gas: 30534 for two short URIs.
    function updateTokenURIs(uint256 fromTokenId, string[] calldata uris) external;

    /// @notice (creator, contentHash, royaltyBps, uri) of `tokenId`.
    function workOf(uint256 tokenId) external view returns (address creator, bytes32 contentHash, uint256 royaltyBps, string memory uri);

    /// @notice The work minted for `contentHash`, 0 if none.
    function tokenOfContent(bytes32 contentHash) external view returns (uint256 tokenId);

    /// @notice Paid uses of `tokenId` so far.
    function usesOf(uint256 tokenId) external view returns (uint256 uses);

    /// @notice Offers `tokenId` to anyone for `price` points of `programId` (a transferable program); caller: the holder. Emits WorkListed. Gas: 54587.
    function list(uint256 tokenId, uint256 programId, uint256 price) external;

    /// @notice Offers `tokenId` to `buyer` only, who accepts with buy; caller: the holder. Emits WorkListed. Gas: 74999.
    function sell(uint256 tokenId, address buyer, uint256 programId, uint256 price) external;

    /// @notice Withdraws the offer of `tokenId`; caller: the holder. Emits ListingCancelled. Gas: 24776.
    function cancelListing(uint256 tokenId) external;

    /// @notice Buys listed `tokenId`: its price moves from the caller (who approved 0x…100b) to the seller, the royalty to the creator, the work to the caller. Emits the token's Transfers, Transfer and WorkSold. Gas: 211106 for a resale with a royalty.
    function buy(uint256 tokenId) external;

    /// @notice buy with an ERC-2612 permit of the caller for 0x…100b over the listing's price. Gas: that of buy plus the token's permit (not measured separately).
    function buyWithPermit(uint256 tokenId, uint256 deadline, uint8 v, bytes32 r, bytes32 s) external;

    /// @notice Pays `price` points of `programId` for a licensed use of `tokenId`: to the holder, the royalty to the creator (all to the creator holding it). Emits UsePurchased. Gas: 110155 when the creator holds it, 179111 with a split.
    function buyUse(uint256 tokenId, uint256 programId, uint256 price) external returns (uint256 useNumber);

    /// @notice The offer of `tokenId`: (seller, buyer (0: anyone), programId, price (0: not listed)).
    function listingOf(uint256 tokenId) external view returns (address seller, address buyer, uint256 programId, uint256 price);

    function balanceOf(address owner) external view returns (uint256 balance);

    function ownerOf(uint256 tokenId) external view returns (address owner);

    function getApproved(uint256 tokenId) external view returns (address operator);

    function isApprovedForAll(address owner, address operator) external view returns (bool);

    /// @notice Gas: 27063.
    function approve(address to, uint256 tokenId) external;

    /// @notice Gas: 24844.
    function setApprovalForAll(address operator, bool approved) external;

    /// @notice Refused while listed (WorkIsListed). Gas: 50975.
    function transferFrom(address from, address to, uint256 tokenId) external;

    /// @notice As transferFrom: no receiver hook (no EVM).
    function safeTransferFrom(address from, address to, uint256 tokenId) external;

    /// @notice As transferFrom: no receiver hook (no EVM); `data` is ignored.
    function safeTransferFrom(address from, address to, uint256 tokenId, bytes calldata data) external;

    function name() external pure returns (string memory);

    function symbol() external pure returns (string memory);

    function tokenURI(uint256 tokenId) external view returns (string memory);

    /// @notice Works minted so far (ids 1..totalSupply).
    function totalSupply() external view returns (uint256);

    /// @notice ERC-2981: (creator, floor(salePrice * royaltyBps / 10000)).
    function royaltyInfo(uint256 tokenId, uint256 salePrice) external view returns (address receiver, uint256 royaltyAmount);

    /// @notice ERC-165, ERC-721, ERC-721 metadata, ERC-2981 (0x2a55205a) and ERC-4906 (0x49064906).
    function supportsInterface(bytes4 interfaceId) external pure returns (bool);
}
