package io.coterie.node.sync;

/** How downloading one window of blocks from one peer ended. */
sealed interface WindowOutcome {
  /** {@code blocks} were imported (maybe fewer than the window when the peer had fewer). */
  record Imported(int blocks) implements WindowOutcome {}

  record Failed(SyncProblem problem) implements WindowOutcome {}

  /** The synchroniser is stopping; nothing more was imported. */
  record Stopped() implements WindowOutcome {}
}
