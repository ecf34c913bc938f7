package io.coterie.node.types;

import java.util.List;
import java.util.Objects;

/**
 * A post-Byzantium receipt: status (1 success, 0 failure/revert), cumulative gas used in the block
 * up to and including this transaction, the bloom of its logs, and the logs.
 */
public record Receipt(
    TxType type, boolean success, long cumulativeGasUsed, Bloom bloom, List<Log> logs) {
  public Receipt {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(bloom, "bloom");
    logs = List.copyOf(logs);
    if (cumulativeGasUsed < 0) {
      throw new IllegalArgumentException("cumulativeGasUsed must not be negative");
    }
  }

  /** A receipt whose bloom is computed from its logs. */
  public static Receipt of(TxType type, boolean success, long cumulativeGasUsed, List<Log> logs) {
    return new Receipt(type, success, cumulativeGasUsed, Bloom.fromLogs(logs), logs);
  }
}
