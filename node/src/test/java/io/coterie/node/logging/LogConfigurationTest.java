package io.coterie.node.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.ConfigurationSource;
import org.apache.logging.log4j.core.config.xml.XmlConfiguration;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.message.SimpleMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The jar's log4j2.xml (not the tests' own) and the level changes on the running context. */
class LogConfigurationTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @AfterEach
  void restoreTestLevels() {
    LogLevels.setRoot(Level.WARN);
    LogLevels.set(Level.WARN, List.of("io.coterie.node.rpc"));
  }

  private static XmlConfiguration jarConfiguration() throws IOException {
    try (InputStream in = LogFormat.class.getResourceAsStream("/log4j2.xml")) {
      XmlConfiguration config =
          new XmlConfiguration(new LoggerContext("jar"), new ConfigurationSource(in));
      config.initialize();
      return config;
    }
  }

  private static String format(Appender appender, LogEvent event) {
    return appender.getLayout().toSerializable(event).toString();
  }

  @Test
  void jsonFormatWritesOneParsableObjectPerLineWithTheBesuFields() throws IOException {
    Appender json = jarConfiguration().getAppender("json");
    LogEvent event =
        Log4jLogEvent.newBuilder()
            .setLoggerName("io.coterie.node.chain.BlockImporter")
            .setLevel(Level.INFO)
            .setThreadName("qbft \"loop\"")
            .setTimeMillis(1_700_000_000_123L)
            .setMessage(new SimpleMessage("Imported block number=7\nhash=0xab \\ \"quoted\""))
            .build();
    String line = format(json, event);

    assertThat(line).endsWith("\n");
    assertThat(line.substring(0, line.length() - 1)).doesNotContain("\n");
    JsonNode parsed = JSON.readTree(line);
    assertThat(parsed.get("time").textValue()).isEqualTo("2023-11-14T22:13:20.123Z");
    assertThat(parsed.get("level").textValue()).isEqualTo("INFO");
    assertThat(parsed.get("logger").textValue()).isEqualTo("io.coterie.node.chain.BlockImporter");
    assertThat(parsed.get("thread").textValue()).isEqualTo("qbft \"loop\"");
    assertThat(parsed.get("message").textValue())
        .isEqualTo("Imported block number=7\nhash=0xab \\ \"quoted\"");
    assertThat(parsed.has("exception")).isFalse();
  }

  @Test
  void jsonFormatCarriesTheStackTraceInsideTheLine() throws IOException {
    Appender json = jarConfiguration().getAppender("json");
    LogEvent event =
        Log4jLogEvent.newBuilder()
            .setLoggerName("x")
            .setLevel(Level.ERROR)
            .setMessage(new SimpleMessage("failed"))
            .setThrown(new IllegalStateException("boom"))
            .build();
    JsonNode parsed = JSON.readTree(format(json, event));
    assertThat(parsed.get("exception").textValue())
        .startsWith("java.lang.IllegalStateException: boom");
  }

  @Test
  void theJarLogsPlainLinesAtInfoByDefault() throws IOException {
    XmlConfiguration config = jarConfiguration();
    assertThat(config.getRootLogger().getLevel()).isEqualTo(Level.INFO);
    assertThat(config.getRootLogger().getAppenderRefs())
        .extracting(ref -> ref.getRef())
        .containsExactly("plain");
    String line =
        format(
            config.getAppender("plain"),
            Log4jLogEvent.newBuilder()
                .setLoggerName("io.coterie.node.app.Node")
                .setLevel(Level.WARN)
                .setThreadName("main")
                .setMessage(new SimpleMessage("Started"))
                .build());
    assertThat(line).matches("\\S+ \\S+ \\| main \\| WARN  \\| Node \\| Started\\n");
  }

  @Test
  void levelsChangeForAllLoggersOrOnlyTheFilteredOnes() {
    org.slf4j.Logger rpc = org.slf4j.LoggerFactory.getLogger("io.coterie.node.rpc.server.X");
    org.slf4j.Logger chain = org.slf4j.LoggerFactory.getLogger("io.coterie.node.chain.Y");
    LogLevels.set(LogLevels.parse("debug"), List.of("io.coterie.node.rpc"));
    assertThat(rpc.isDebugEnabled()).isTrue();
    assertThat(chain.isDebugEnabled()).isFalse();

    LogLevels.set(LogLevels.parse("TRACE"), List.of());
    assertThat(chain.isTraceEnabled()).isTrue();
  }

  @Test
  void anUnknownLevelNamesTheLevelsThereAre() {
    assertThatThrownBy(() -> LogLevels.parse("verbose"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unknown log level 'verbose'; use one of OFF, FATAL, ERROR, WARN, INFO, DEBUG, TRACE,"
                + " ALL");
  }
}
