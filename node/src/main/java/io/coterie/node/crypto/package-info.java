/**
 * Hashing (Keccak-256), secp256k1 signing and public-key recovery (native libsecp256k1 with a
 * BouncyCastle fallback), private, public and node keys, and key files. Imports nothing from the
 * node.
 */
package io.coterie.node.crypto;
