/**
 * Loyalty programs: the registry precompile at {@code 0x…1001} (brands create and configure
 * programs, authorise shops; governance sets exchange rates) and one ERC-20 token per program at
 * {@code 0x…2000 + id} (ERC-2612 permit, awards, redemptions, behaviour and consent rewards,
 * expiry, tiers, cross-program exchange, ERC-5805 votes once enabled, Ownable2Step ownership).
 * Storage layouts: {@link io.coterie.chaincode.loyalty.RegistryLayout} and {@link
 * io.coterie.chaincode.loyalty.TokenLayout}; the expiry design: {@link
 * io.coterie.chaincode.loyalty.PointLedger}. Role checks read the Roles precompile through {@link
 * io.coterie.chaincode.roles.RolesReader}.
 *
 * <p>May import: {@code io.coterie.chaincode.spi}, {@code io.coterie.chaincode.abi}, {@code
 * io.coterie.chaincode.roles} (reader and role constants only), {@code io.coterie.chaincode.dao}
 * (only {@code VotingPowerSources} and its types, to offer points as voting power; see {@link
 * io.coterie.chaincode.loyalty.PointsVotingPower}), {@code io.coterie.chaincode.consent} (only
 * {@code ConsentReader}, to reward consents), web3j {@code abi} and {@code crypto}.
 */
package io.coterie.chaincode.loyalty;
