/**
 * Profit sharing at {@code 0x…100a}: a brand (BRAND_ROLE) or the DAO governor opens a distribution
 * round of loyalty points, pulled from it with the program token's {@code transferFrom}; members
 * claim their pro-rata share ({@code amount * weight / totalWeight}, floored) until the round
 * expires, and then {@code reclaimExpired} returns what nobody claimed, the floor remainders
 * included, to the funder. Weights are an explicit list fixed at opening, or ERC-5805 votes at a
 * past snapshot block (member cards or vote-enabled points), read through the {@link
 * io.coterie.chaincode.dao.VotingPowerSources} the governor also reads. Storage follows {@link
 * io.coterie.chaincode.share.ProfitSharingLayout}.
 *
 * <p>May import: {@code io.coterie.chaincode.spi}, {@code io.coterie.chaincode.abi}, {@code
 * io.coterie.chaincode.roles} (role constants and {@code RolesReader}), {@code
 * io.coterie.chaincode.dao} (only {@code VotingPowerSources} and its types), {@code
 * io.coterie.chaincode.loyalty} (only {@code LoyaltyAddresses} and {@code LoyaltyReader}), web3j
 * {@code abi}.
 */
package io.coterie.chaincode.share;
