package io.coterie.node.state;

import io.coterie.node.trie.Proof;
import io.coterie.node.types.Hash;
import java.math.BigInteger;

/** EIP-1186 {@code storageProof} entry: the slot, its value (zero when unset) and its proof. */
public record StorageProof(Hash key, BigInteger value, Proof proof) {}
