/**
 * The GTIN registry precompile at {@code 0x…1009}: which account may commission lots under a GS1
 * company prefix (6 to 12 digits, matched longest first against the digits after a GTIN-14's
 * indicator digit) or under one exact GTIN-14, as the administrators or the DAO governor bound
 * them. Provenance from version 2 on reads it through {@link
 * io.coterie.chaincode.gtin.GtinOwnership}; storage follows {@link
 * io.coterie.chaincode.gtin.GtinRegistryLayout}; {@link io.coterie.chaincode.gtin.GtinKey} and
 * {@link io.coterie.chaincode.gtin.Gs1CheckDigit} are the GS1 rules both use.
 *
 * <p>May import: {@code io.coterie.chaincode.spi}, {@code io.coterie.chaincode.abi}, {@code
 * io.coterie.chaincode.roles} (role ids and layout), web3j {@code abi}.
 */
package io.coterie.chaincode.gtin;
