package io.coterie.node.storage;

import java.util.Optional;

/**
 * Keys and values in columns. Reads see the last committed batch; writes go through a {@link
 * WriteBatch} that {@link #commit(WriteBatch)} applies atomically, so a crash leaves either all of
 * a batch or none of it. Implementations are safe for concurrent use.
 */
public interface KeyValueStore extends AutoCloseable {
  Optional<byte[]> get(Column column, byte[] key);

  default WriteBatch newBatch() {
    return new WriteBatch();
  }

  /** Applies every put and delete of {@code batch}, all or nothing. */
  void commit(WriteBatch batch);

  @Override
  void close();
}
