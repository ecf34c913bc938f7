package io.coterie.node.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.node.logging.LogLevels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code --logging}/{@code -l} before or after the command, and from the environment. */
class LoggingOptionsTest {
  private static final Logger LOG = LoggerFactory.getLogger("io.coterie.node.chain.Anything");

  @AfterEach
  void restoreTestLevel() {
    LogLevels.set(Level.WARN, List.of());
  }

  @Test
  void shortOptionBeforeTheCommandSetsTheLevel() {
    CliRun run = CliRun.of("-l", "DEBUG", "keys", "--help");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(LOG.isDebugEnabled()).isTrue();
    assertThat(LOG.isTraceEnabled()).isFalse();
  }

  @Test
  void longOptionAfterTheCommandSetsTheLevel() {
    CliRun run = CliRun.of("keys", "--logging", "trace", "--help");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(LOG.isTraceEnabled()).isTrue();
  }

  @Test
  void environmentSetsTheLevel() {
    CliRun run = CliRun.of(Map.of("COTERIE_LOGGING", "ERROR"), "keys", "--help");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(LOG.isWarnEnabled()).isFalse();
    assertThat(LOG.isErrorEnabled()).isTrue();
  }

  @Test
  void configFileKeySetsTheLevel(@TempDir Path dir) throws IOException {
    Path config = Files.writeString(dir.resolve("node.toml"), "logging = \"ERROR\"\n");
    CliRun run = CliRun.of("run", "--config-file", config.toString(), "--help");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(LOG.isWarnEnabled()).isFalse();
    assertThat(LOG.isErrorEnabled()).isTrue();
  }

  @Test
  void anUnknownLevelOrFormatIsAUsageErrorThatNamesTheChoices() {
    CliRun level = CliRun.of("--logging", "LOUD", "keys", "--help");
    assertThat(level.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(level.err()).contains("unknown log level 'LOUD'; use one of OFF, FATAL, ERROR");

    CliRun format = CliRun.of("--log-format", "xml", "keys", "--help");
    assertThat(format.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(format.err()).contains("unknown --log-format 'xml'; use PLAIN or JSON");
    assertThat(LOG.isInfoEnabled()).isFalse();
  }
}
