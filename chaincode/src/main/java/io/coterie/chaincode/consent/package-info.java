/**
 * The Consent precompile at {@code 0x…1005}: purpose-scoped, time-limited consents that members
 * grant merchants and may withdraw at any time, recorded after ISO/IEC TS 27560 (see {@link
 * io.coterie.chaincode.consent.ConsentRecord}), with every change an event for auditors. Storage
 * follows {@link io.coterie.chaincode.consent.ConsentLayout}; other code reads through {@link
 * io.coterie.chaincode.consent.ConsentReader}, and a path that uses a member's data for a merchant
 * first passes {@link io.coterie.chaincode.consent.ConsentGate}. A consent granted to a DID is
 * honoured for the DID's delegates through {@link
 * io.coterie.chaincode.consent.DelegatedConsentReader}.
 *
 * <p>May import: {@code io.coterie.chaincode.spi}, {@code io.coterie.chaincode.abi}, {@code
 * io.coterie.chaincode.roles} (role constants and {@code RolesReader}), {@code
 * io.coterie.chaincode.did} ({@code DidRegistryReader}, delegate types), web3j {@code abi}.
 */
package io.coterie.chaincode.consent;
