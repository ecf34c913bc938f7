/**
 * Ethereum value types (addresses, hashes, transactions, headers, blocks, receipts, logs, bloom)
 * and one codec per wire type. Imports {@code rlp} and {@code crypto}.
 */
package io.coterie.node.types;
