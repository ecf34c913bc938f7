package io.coterie.node.logging;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.config.Configurator;

/** Sets the level of all loggers, or of the named loggers and those below them, as Besu does. */
public final class LogLevels {
  /** Log4j's standard levels, most silent first, as {@code --logging} accepts them. */
  public static final List<String> NAMES =
      List.of("OFF", "FATAL", "ERROR", "WARN", "INFO", "DEBUG", "TRACE", "ALL");

  private LogLevels() {}

  /**
   * The level named {@code name} (any case).
   *
   * @throws IllegalArgumentException naming the levels there are, when {@code name} is none
   */
  public static Level parse(String name) {
    String upper = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
    if (!NAMES.contains(upper)) {
      throw new IllegalArgumentException(
          "unknown log level '" + name + "'; use one of " + String.join(", ", NAMES));
    }
    return Level.getLevel(upper);
  }

  /** Sets the root logger's level: every logger without a level of its own follows it. */
  public static void setRoot(Level level) {
    Configurator.setRootLevel(level);
  }

  /**
   * Sets {@code level} on each logger in {@code loggers} (a name such as {@code
   * io.coterie.node.rpc} covers the loggers below it), or on the root logger when the list is
   * empty.
   *
   * @throws IllegalArgumentException when a name is blank
   */
  public static void set(Level level, List<String> loggers) {
    if (loggers.isEmpty()) {
      setRoot(level);
      return;
    }
    for (String logger : loggers) {
      if (logger == null || logger.isBlank()) {
        throw new IllegalArgumentException(
            "a log filter must name a logger, such as io.coterie.node.rpc; got '" + logger + "'");
      }
    }
    Configurator.setLevel(
        loggers.stream().collect(Collectors.toMap(name -> name, name -> level, (a, b) -> a)));
  }

  /** The level in effect for {@code logger}. */
  public static Level effective(String logger) {
    return LogManager.getLogger(logger).getLevel();
  }
}
