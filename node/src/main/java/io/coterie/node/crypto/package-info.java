/** Hashing, secp256k1 signing and recovery, node keys and key files. Imports only {@code rlp}. */
package io.coterie.node.crypto;
