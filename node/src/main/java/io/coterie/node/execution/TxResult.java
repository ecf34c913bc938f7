package io.coterie.node.execution;

import io.coterie.node.types.Bytes;
import io.coterie.node.types.Log;
import java.util.List;

/**
 * What running one transaction did. {@code output} is the return data on success and the revert
 * data (or an {@code Error(string)} reason) on failure.
 */
public record TxResult(
    boolean success, long gasUsed, List<Log> logs, Bytes output, boolean outOfGas) {
  public TxResult {
    logs = List.copyOf(logs);
  }
}
