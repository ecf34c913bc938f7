package io.coterie.node.storage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Puts and deletes collected for one atomic {@link KeyValueStore#commit(WriteBatch)}, applied in
 * the order they were added. Not thread-safe: one writer fills a batch.
 */
public final class WriteBatch {
  /** One write; {@code value} is null for a delete. */
  static final class Operation {
    final Column column;
    final byte[] key;
    final byte[] value;

    Operation(Column column, byte[] key, byte[] value) {
      this.column = column;
      this.key = key;
      this.value = value;
    }
  }

  private final List<Operation> operations = new ArrayList<>();
  private boolean synced;

  public WriteBatch put(Column column, byte[] key, byte[] value) {
    operations.add(new Operation(column, key.clone(), value.clone()));
    return this;
  }

  public WriteBatch delete(Column column, byte[] key) {
    operations.add(new Operation(column, key.clone(), null));
    return this;
  }

  /**
   * Asks the store to make this batch durable (fsynced) before {@code commit} returns, whatever the
   * store's default: for state a validator must never lose, such as what it has signed.
   */
  public WriteBatch synced() {
    synced = true;
    return this;
  }

  public boolean isSynced() {
    return synced;
  }

  public int size() {
    return operations.size();
  }

  public boolean isEmpty() {
    return operations.isEmpty();
  }

  List<Operation> operations() {
    return Collections.unmodifiableList(operations);
  }
}
