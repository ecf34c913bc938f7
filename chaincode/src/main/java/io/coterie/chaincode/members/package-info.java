/**
 * Member accounts at {@code 0x…1008}: accounts whose address comes from a passkey's P-256 public
 * key and a salt, controlled by WebAuthn assertions that sponsors (SPONSOR_ROLE) carry in their own
 * transactions; several keys per account, recovery by guardians after a delay, allowed origins and
 * rate limits set by the brand. {@link io.coterie.chaincode.members.MemberExecution} calls targets
 * as the account through {@code CallContext.invokeAs}, which the host grants this precompile alone.
 * Storage follows {@link io.coterie.chaincode.members.MemberAccountsLayout}.
 *
 * <p>May import: {@code io.coterie.chaincode.spi}, {@code io.coterie.chaincode.abi}, {@code
 * io.coterie.chaincode.p256}, {@code io.coterie.chaincode.roles} (role ids and layout), web3j
 * {@code abi} and {@code crypto} (keccak), BouncyCastle's SHA-256.
 */
package io.coterie.chaincode.members;
