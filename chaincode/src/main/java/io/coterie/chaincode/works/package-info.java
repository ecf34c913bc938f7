/**
 * Creators' works at {@code 0x…100b}: a member's content as an ERC-721 token (metadata, ERC-165,
 * ERC-2981 royalty fixed at mint and capped at 10 %, ERC-4906 metadata events), its content hash
 * and URI on chain, the content off chain. Paid uses ({@link
 * io.coterie.chaincode.works.WorkSales#buyUse}) and resales through listings are settled in loyalty
 * points through {@link io.coterie.chaincode.loyalty.PointsPayment}, the creator's royalty paid in
 * the same call ({@link io.coterie.chaincode.works.RoyaltySplit}). Storage follows {@link
 * io.coterie.chaincode.works.WorksLayout}.
 *
 * <p>May import: {@code io.coterie.chaincode.spi}, {@code io.coterie.chaincode.abi}, {@code
 * io.coterie.chaincode.roles} (role constants and {@code RolesReader}), {@code
 * io.coterie.chaincode.loyalty} (only {@code PointsPayment}), web3j {@code abi}.
 */
package io.coterie.chaincode.works;
