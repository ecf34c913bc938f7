/**
 * P-256 (secp256r1) signature verification: the RIP-7212 / EIP-7951 precompile at {@code 0x…0100}
 * and {@link io.coterie.chaincode.p256.P256}, the check member accounts use for passkey signatures.
 * The curve and the signer are BouncyCastle's.
 *
 * <p>May import: {@code io.coterie.chaincode.spi}, BouncyCastle ({@code org.bouncycastle.crypto},
 * {@code org.bouncycastle.math.ec}, {@code org.bouncycastle.asn1.x9}).
 */
package io.coterie.chaincode.p256;
