/**
 * Membership cards: the registry at {@code 0x…1002} and the collections at {@code 0x…3000 + id},
 * each an ERC-721 (metadata, enumerable, ERC-165, optional ERC-5192 soulbound) with tiers,
 * airdrops, burns and reissues, token-gated drops paid in loyalty points and delivered as item
 * tokens ({@link io.coterie.chaincode.membership.DropSales}), Ownable2Step ownership and ERC-5805
 * one-card-one-vote checkpoints. Member collections bind cards to MEMBER_ROLE: the module registers
 * a revocation hook with the roles module that burns an expelled member's cards (see {@link
 * io.coterie.chaincode.membership.MemberCards}). Storage follows {@link
 * io.coterie.chaincode.membership.MembershipLayout}; the DAO governor reads votes through {@link
 * io.coterie.chaincode.membership.CardVotesReader}, offered to it by the module as a {@code
 * CARD_COLLECTION} voting power source.
 *
 * <p>May import: {@code io.coterie.chaincode.spi}, {@code io.coterie.chaincode.abi}, {@code
 * io.coterie.chaincode.roles} (role constants and {@code RolesReader}), {@code
 * io.coterie.chaincode.dao} (only {@code VotingPowerSources} and its types, to offer voting power),
 * {@code io.coterie.chaincode.loyalty} (only {@code LoyaltyAddresses}, {@code LoyaltyReader},
 * {@code LoyaltyErrors} and {@code PointsPayment}: drops are paid by calling the program token),
 * web3j {@code abi}.
 */
package io.coterie.chaincode.membership;
