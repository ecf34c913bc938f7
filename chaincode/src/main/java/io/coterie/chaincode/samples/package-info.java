/**
 * Trial-sample campaigns at {@code 0x…100d}: brands and shops give a stock of samples of one
 * product to card holders of a minimum tier (optionally only with a consent to the campaign's
 * merchant), one per member, claimed directly or by a relayed EIP-712 signature, shipped by the
 * campaign's shop. Each claim writes a purchase record ({@link
 * io.coterie.chaincode.reviews.PurchaseRecords}) that makes the member's review verified. Storage
 * follows {@link io.coterie.chaincode.samples.SampleCampaignsLayout}.
 *
 * <p>May import: {@code io.coterie.chaincode.spi}, {@code io.coterie.chaincode.abi}, {@code
 * io.coterie.chaincode.roles} (reader and role constants), {@code io.coterie.chaincode.consent}
 * ({@code ConsentReader}, {@code ConsentGate}, {@code ConsentErrors}), {@code
 * io.coterie.chaincode.membership} (only {@code CardsReader}), {@code io.coterie.chaincode.reviews}
 * (only {@code PurchaseRecords} and {@code PurchaseSource}), web3j {@code abi}.
 */
package io.coterie.chaincode.samples;
