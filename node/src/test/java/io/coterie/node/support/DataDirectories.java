package io.coterie.node.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies of a closed node's data directory, to damage or reopen without touching the original. */
public final class DataDirectories {
  private DataDirectories() {}

  /** Copies the files of {@code source} (a RocksDB directory, flat) into {@code target}. */
  public static Path copy(Path source, Path target) throws IOException {
    Files.createDirectories(target);
    try (var files = Files.list(source)) {
      for (Path file : files.toList()) {
        Files.copy(file, target.resolve(file.getFileName()));
      }
    }
    return target;
  }
}
