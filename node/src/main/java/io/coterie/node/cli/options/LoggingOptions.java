package io.coterie.node.cli.options;

import io.coterie.node.logging.LogFormat;
import io.coterie.node.logging.LogLevels;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Besu's {@code --logging} (also {@code -l}) and a {@code --log-format}, given before or after the
 * subcommand ({@code coterie -l DEBUG run} or {@code coterie run --logging DEBUG}).
 */
public final class LoggingOptions {
  @Option(
      names = {"-l", "--logging"},
      paramLabel = "<LEVEL>",
      scope = ScopeType.INHERIT,
      description =
          "Log level: OFF, FATAL, ERROR, WARN, INFO, DEBUG, TRACE or ALL (default: INFO);"
              + " admin_changeLogLevel changes it while the node runs.")
  String level;

  @Option(
      names = "--log-format",
      paramLabel = "<FORMAT>",
      scope = ScopeType.INHERIT,
      description =
          "PLAIN (time | thread | level | logger | message) or JSON (one object a line: time,"
              + " level, logger, thread, message); default: PLAIN.")
  String format;

  /**
   * Applies the options to the running logging configuration.
   *
   * @throws IllegalArgumentException naming the accepted values, for an unknown level or format
   */
  public void apply() {
    if (format != null) {
      parseFormat(format).apply();
    }
    if (level != null) {
      LogLevels.setRoot(LogLevels.parse(level));
    }
  }

  private static LogFormat parseFormat(String text) {
    for (LogFormat candidate : LogFormat.values()) {
      if (candidate.name().equalsIgnoreCase(text.trim())) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("unknown --log-format '" + text + "'; use PLAIN or JSON");
  }
}
