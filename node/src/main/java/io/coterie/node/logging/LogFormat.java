package io.coterie.node.logging;

import java.net.URI;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;

/**
 * How log lines look: {@code PLAIN} (Besu's {@code time | thread | LEVEL | logger | message}) or
 * {@code JSON} (one object a line with {@code time}, {@code level}, {@code logger}, {@code thread},
 * {@code message} and, when there is one, {@code exception}). Both are appenders of the jar's
 * {@code log4j2.xml}; the system property {@value #PROPERTY} picks one.
 */
public enum LogFormat {
  PLAIN,
  JSON;

  public static final String PROPERTY = "coterie.log.format";

  /**
   * Switches the running configuration to this format. It reloads the configuration, so levels set
   * before are reset: set the format first, then the level.
   */
  public void apply() {
    String wanted = name().toLowerCase(java.util.Locale.ROOT);
    if (wanted.equals(System.getProperty(PROPERTY, "plain"))) {
      return;
    }
    System.setProperty(PROPERTY, wanted);
    LoggerContext context = (LoggerContext) LogManager.getContext(false);
    URI location = context.getConfigLocation();
    if (location != null) {
      context.setConfigLocation(location);
    } else {
      context.reconfigure();
    }
  }
}
