package io.coterie.node.types;

/**
 * How a chain names its blocks. QBFT hashes the header with the round and the committed seals left
 * out of extraData, so that every validator agrees on the hash before any seal exists; the
 * consensus package supplies that function and everything that stores or serves blocks takes it
 * from here.
 */
@FunctionalInterface
public interface BlockHashing {
  /** keccak256 of the header's RLP, as on Ethereum mainnet. */
  BlockHashing PLAIN = BlockHeader::hash;

  Hash hash(BlockHeader header);
}
