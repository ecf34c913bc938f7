package io.coterie.node.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The release this build belongs to, as web3_clientVersion and `coterie --version` report it. The
 * build writes {@value #RESOURCE} (scripts/build-info.sh at generate-resources): the Maven version
 * and the abbreviated commit, or "unknown" where git or the repository is absent.
 */
public final class Version {
  static final String RESOURCE = "/io/coterie/node/app/build-info.properties";
  private static final Properties BUILD = load();

  /** The project version, such as {@code 0.1.0-SNAPSHOT}. */
  public static final String NUMBER = BUILD.getProperty("version", "unknown");

  /** The commit the build was made from, seven hex digits, or {@code unknown}. */
  public static final String COMMIT = BUILD.getProperty("commit", "unknown");

  private Version() {}

  private static Properties load() {
    Properties properties = new Properties();
    try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE + " from the jar", e);
    }
    return properties;
  }
}
