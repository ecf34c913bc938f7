/**
 * Editions at {@code 0x…100c}: transferable digital collectibles and limited editions as ERC-1155
 * tokens. A brand (BRAND_ROLE) creates an edition with a supply cap and airdrops it up to the cap,
 * never beyond; holders transfer with ERC-1155's calls. No receiver hook is called: without an EVM
 * the only accounts with code are precompiles, refused as receivers ({@link
 * io.coterie.chaincode.abi.TokenReceivers}). Storage follows {@link
 * io.coterie.chaincode.editions.EditionsLayout}.
 *
 * <p>May import: {@code io.coterie.chaincode.spi}, {@code io.coterie.chaincode.abi}, {@code
 * io.coterie.chaincode.roles} (role constants and {@code RolesReader}), web3j {@code abi}.
 */
package io.coterie.chaincode.editions;
