/**
 * Persistence: a key-value store with one column per kind of data ({@link
 * io.coterie.node.storage.Column}), atomic write batches, RocksDB as the implementation, and the
 * domain stores over it (trie nodes, metadata) with the guard that refuses another chain's data
 * directory. Imports {@code rlp}, {@code types} and {@code trie}.
 */
package io.coterie.node.storage;
