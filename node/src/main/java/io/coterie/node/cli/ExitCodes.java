package io.coterie.node.cli;

/** The process exit codes of {@code coterie}. */
public final class ExitCodes {
  public static final int OK = 0;

  /** The command ran and found a problem, or the node could not start. */
  public static final int FAILED = 1;

  /** Wrong options or configuration. */
  public static final int USAGE = 2;

  /** A bug: an unexpected exception, printed with its stack trace. */
  public static final int INTERNAL = 70;

  private ExitCodes() {}
}
