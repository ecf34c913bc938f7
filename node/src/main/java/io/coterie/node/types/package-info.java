/**
 * Ethereum value types and one codec per wire type: addresses, hashes, byte strings, the sealed
 * {@code Transaction} (legacy with EIP-155, EIP-2930, EIP-1559) with {@code TransactionCodec} and
 * {@code TransactionSigner}, London {@code BlockHeader}, {@code Block}, {@code Receipt}, {@code
 * Log} and {@code Bloom}. Codecs refuse malformed bytes with {@code RlpException}; rules that
 * depend on the chain (chain id, unprotected legacy, intrinsic gas, permissions) belong to
 * validators. Imports {@code rlp} and {@code crypto}.
 */
package io.coterie.node.types;
