package io.coterie.node.storage;

import io.coterie.node.types.Hash;

/** Which chain a data directory holds: its chain id and genesis block hash. */
public record ChainIdentity(long chainId, Hash genesisHash) {
  @Override
  public String toString() {
    return "chain id " + chainId + " with genesis " + genesisHash;
  }
}
