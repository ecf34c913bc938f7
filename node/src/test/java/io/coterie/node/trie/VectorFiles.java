package io.coterie.node.trie;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads public test vectors from the folder named by the system property {@code coterie.vectors}.
 */
public final class VectorFiles {
  private static final ObjectMapper JSON = new ObjectMapper();

  private VectorFiles() {}

  /** The parsed JSON file, or a skipped test (with the reason) when the vectors are absent. */
  public static JsonNode json(String relativePath) {
    String root = System.getProperty("coterie.vectors");
    assumeTrue(root != null, "set -Dcoterie.vectors=<path to shared/vectors> to run vector tests");
    Path file = Path.of(root).resolve(relativePath);
    assumeTrue(Files.isRegularFile(file), "vector file " + file + " is absent; skipping");
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
