package io.coterie.node.execution;

import io.coterie.node.types.Bytes;
import io.coterie.node.types.Log;
import java.util.List;

/** What a simulated call did. Nothing of it is committed. */
public sealed interface CallOutcome {
  long gasUsed();

  /** The call returned; {@code logs} are the events it would emit. */
  record Success(Bytes returnData, long gasUsed, List<Log> logs) implements CallOutcome {
    public Success {
      logs = List.copyOf(logs);
    }
  }

  /**
   * The precompile reverted with Solidity revert data ({@code Error(string)} or a custom error).
   */
  record Reverted(Bytes revertData, long gasUsed) implements CallOutcome {}

  /**
   * The call could not run at all (no EVM for contract creation, out of gas, insufficient funds,
   * …).
   */
  record Failed(String message, long gasUsed) implements CallOutcome {}
}
