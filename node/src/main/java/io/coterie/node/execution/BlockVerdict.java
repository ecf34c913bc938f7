package io.coterie.node.execution;

/** Whether a received block re-executes to exactly the header it claims. */
public sealed interface BlockVerdict {
  record Valid(ExecutedBlock executed) implements BlockVerdict {}

  record Invalid(String reason) implements BlockVerdict {}
}
