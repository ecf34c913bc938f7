package io.coterie.node.storage;

import io.coterie.node.types.Bytes;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A {@link KeyValueStore} in memory, for unit tests of code that is not about storage. */
public final class InMemoryKeyValueStore implements KeyValueStore {
  private final Map<Column, TreeMap<Bytes, byte[]>> columns = new EnumMap<>(Column.class);

  public InMemoryKeyValueStore() {
    for (Column column : Column.values()) {
      columns.put(column, new TreeMap<>());
    }
  }

  @Override
  public synchronized Optional<byte[]> get(Column column, byte[] key) {
    byte[] value = columns.get(column).get(Bytes.of(key));
    return value == null ? Optional.empty() : Optional.of(value.clone());
  }

  @Override
  public synchronized void commit(WriteBatch batch) {
    for (WriteBatch.Operation op : batch.operations()) {
      if (op.value == null) {
        columns.get(op.column).remove(Bytes.of(op.key));
      } else {
        columns.get(op.column).put(Bytes.of(op.key), op.value.clone());
      }
    }
  }

  public synchronized int size(Column column) {
    return columns.get(column).size();
  }

  @Override
  public void close() {}
}
