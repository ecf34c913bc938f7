package io.coterie.node.cli;

/**
 * A failure the user can fix: printed as one line (no stack trace) and turned into {@code
 * exitCode}. The message says what is wrong and what to do.
 */
public final class CliException extends RuntimeException {
  private final int exitCode;

  public CliException(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  /** Bad usage or configuration: exit code 2. */
  public static CliException usage(String message) {
    return new CliException(message, ExitCodes.USAGE);
  }

  /** The command ran and found a problem (a block that does not verify, a damaged database). */
  public static CliException failed(String message) {
    return new CliException(message, ExitCodes.FAILED);
  }

  public int exitCode() {
    return exitCode;
  }
}
