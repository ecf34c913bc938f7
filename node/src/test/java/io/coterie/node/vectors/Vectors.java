package io.coterie.node.vectors;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** Locates the public test vectors (system property {@code coterie.vectors}) and reads them. */
final class Vectors {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Vectors() {}

  /** The vectors root; aborts the test (skip, with the reason) when it is not configured. */
  static Path root() {
    String configured = System.getProperty("coterie.vectors");
    assumeTrue(
        configured != null && Files.isDirectory(Path.of(configured)),
        "public vectors not found: set -Dcoterie.vectors=<dir> (surefire sets it to ../shared/vectors)"
            + "; got "
            + configured);
    return Path.of(configured);
  }

  static Path ethereumTests(String relative) {
    Path path = root().resolve("ethereum-tests").resolve(relative);
    assumeTrue(Files.exists(path), "vector file missing: " + path);
    return path;
  }

  static JsonNode json(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code path#case -> reason} from {@code vectors-skipped.txt}. */
  static Map<String, String> skipped() {
    Map<String, String> skipped = new TreeMap<>();
    try (InputStream in = Vectors.class.getResourceAsStream("/vectors-skipped.txt")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        int colon = trimmed.indexOf(": ");
        skipped.put(trimmed.substring(0, colon), trimmed.substring(colon + 2));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return skipped;
  }
}
