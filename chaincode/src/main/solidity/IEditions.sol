// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.20;

/// @title Coterie editions: transferable digital collectibles and limited editions (ERC-1155)
/// @notice Built into every Coterie node at 0x000000000000000000000000000000000000100c. A brand
/// (BRAND_ROLE at 0x…1000) creates an edition with a supply cap and a metadata URI, then airdrops
/// it up to the cap: an airdrop that would pass the cap is refused whole (EditionCapExceeded), so
/// the supply never exceeds it. Holders transfer with ERC-1155's calls. No EVM: the safe transfers
/// call no onERC1155Received, since the only accounts with code are precompiles; addresses below
/// 0x10000 (precompiles, none of which holds tokens) and the zero address are refused as receivers
/// (ERC1155InvalidReceiver), and for every other account, an externally owned one, the receiver
/// check is trivially satisfied. `data` is decoded and ignored.
/// @dev Storage layout of account 0x…100c (as a Solidity contract with these variables):
///   slot 0: uint256 editionCount (edition ids 1..editionCount)
///   slot 1: mapping(uint256 => Edition) editions, Edition at keccak256(pad32(id) . pad32(1)):
///           +0 brand, +1 maxSupply, +2 minted, +3 uri (string)
///   slot 2: mapping(uint256 id => mapping(address => uint256)) balances
///   slot 3: mapping(address => mapping(address => bool)) operatorApprovals
/// Gas (deterministic): every call costs 2000 + 16 per calldata byte, plus 2100 per storage read,
/// 20000 per write of a zero slot, 5000 per write changing a non-zero slot, 100 per unchanged write,
/// and 375 + 375 per topic + 8 per data byte per event. Figures below are measured
/// (WorksAndEditionsGasTest), without the transaction's intrinsic gas. No function accepts value.
interface IEditions {
    /// @notice ERC-1155: `operator` moved `value` of `id` from `from` to `to` (from 0 on airdrops).
    event TransferSingle(address indexed operator, address indexed from, address indexed to, uint256 id, uint256 value);

    /// @notice ERC-1155: `operator` moved `values` of `ids` from `from` to `to`.
    event TransferBatch(address indexed operator, address indexed from, address indexed to, uint256[] ids, uint256[] values);

    /// @notice ERC-1155: `account` (dis)allowed `operator` to move all its collectibles.
    event ApprovalForAll(address indexed account, address indexed operator, bool approved);

    /// @notice ERC-1155: the metadata URI of edition `id` is `value`.
    event URI(string value, uint256 indexed id);

    /// @notice `brand` created edition `id` capped at `maxSupply`, metadata at `uri`.
    event EditionCreated(uint256 indexed id, address indexed brand, uint256 maxSupply, string uri);

    /// @notice `sender` holds `balance` of `tokenId` but moves `needed`.
    error ERC1155InsufficientBalance(address sender, uint256 balance, uint256 needed, uint256 tokenId);
    /// @notice Collectibles cannot come from the zero address.
    error ERC1155InvalidSender(address sender);
    /// @notice `receiver` is the zero address or a precompile, which cannot hold collectibles; send to an account.
    error ERC1155InvalidReceiver(address receiver);
    /// @notice `operator` may not move `owner`'s collectibles; the owner calls setApprovalForAll first.
    error ERC1155MissingApprovalForAll(address operator, address owner);
    /// @notice The zero address cannot be an operator.
    error ERC1155InvalidOperator(address operator);
    /// @notice The two arrays differ in length (`idsLength` and `valuesLength`); pass one value per id.
    error ERC1155InvalidArrayLength(uint256 idsLength, uint256 valuesLength);
    /// @notice `account` does not hold BRAND_ROLE; only brands create editions.
    error NotABrand(address account);
    /// @notice An edition needs a cap above 0.
    error InvalidSupplyCap(uint256 maxSupply);
    /// @notice The URI has `length` bytes; at most `maxLength` (512) are kept on chain.
    error UriTooLong(uint256 length, uint256 maxLength);
    /// @notice No edition has id `id`; ids run from 1 to editionCount().
    error UnknownEdition(uint256 id);
    /// @notice `account` is not `brand`, which issues edition `id`.
    error NotEditionBrand(uint256 id, address account, address brand);
    /// @notice Edition `id` is capped at `maxSupply`, `minted` are out, and `requested` more would pass the cap.
    error EditionCapExceeded(uint256 id, uint256 maxSupply, uint256 minted, uint256 requested);
    /// @notice No function has this selector; check the ABI you encode with.
    error UnknownSelector(bytes4 selector);
    /// @notice Calldata too short for the function's arguments, or an argument with dirty padding.
    error MalformedCalldata();
    /// @notice Native value was sent to a function that does not accept it; send 0.
    error NotPayable(uint256 value);
    /// @notice A state-changing function was called in a static (read-only) context.
    error WriteInStaticCall(bytes4 selector);

    /// @notice Creates an edition capped at `maxSupply` with metadata at `uri`; caller: a brand. Emits EditionCreated and URI. Gas: 92729.
    function createEdition(uint256 maxSupply, string calldata uri) external returns (uint256 id);

    /// @notice Mints `amounts[i]` of edition `id` to `recipients[i]`, all or nothing, never past the cap; caller: the edition's brand. Emits TransferSingle per recipient. Gas: 109557 for 3 new recipients.
    function airdrop(uint256 id, address[] calldata recipients, uint256[] calldata amounts) external;

    /// @notice (brand, maxSupply, minted, uri) of edition `id`.
    function editionInfo(uint256 id) external view returns (address brand, uint256 maxSupply, uint256 minted, string memory uri);

    /// @notice Editions created so far.
    function editionCount() external view returns (uint256);

    /// @notice Minted supply of edition `id` (never above its cap).
    function totalSupply(uint256 id) external view returns (uint256);

    /// @notice ERC-1155 metadata URI of edition `id`.
    function uri(uint256 id) external view returns (string memory);

    function balanceOf(address account, uint256 id) external view returns (uint256);

    function balanceOfBatch(address[] calldata accounts, uint256[] calldata ids) external view returns (uint256[] memory);

    function isApprovedForAll(address account, address operator) external view returns (bool);

    /// @notice Gas: 24844.
    function setApprovalForAll(address operator, bool approved) external;

    /// @notice Gas: 36723 to a new holder.
    function safeTransferFrom(address from, address to, uint256 id, uint256 value, bytes calldata data) external;

    /// @notice Gas: 24795 for one id to an existing holder.
    function safeBatchTransferFrom(address from, address to, uint256[] calldata ids, uint256[] calldata values, bytes calldata data) external;

    /// @notice ERC-165, ERC-1155 (0xd9b67a26) and its metadata URI extension (0x0e89341c).
    function supportsInterface(bytes4 interfaceId) external pure returns (bool);
}
