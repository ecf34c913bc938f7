package io.coterie.node.storage;

/**
 * The key spaces of the store. Each id is written to disk (RocksDB names the column family after
 * it), so ids never change and are never reused; add new columns with new ids.
 */
public enum Column {
  /** Headers, bodies, receipts, the canonical number index and the transaction index. */
  CHAIN((byte) 1),
  /** Trie nodes by hash: account and storage tries of every block. */
  TRIE((byte) 2),
  /** The validator's locked and prepared QBFT state. */
  CONSENSUS((byte) 3),
  /** Head, schema version, chain id and genesis hash. */
  METADATA((byte) 4);

  private final byte id;

  Column(byte id) {
    this.id = id;
  }

  public byte id() {
    return id;
  }
}
