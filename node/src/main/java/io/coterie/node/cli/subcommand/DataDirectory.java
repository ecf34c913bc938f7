package io.coterie.node.cli.subcommand;

import io.coterie.node.cli.CliException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Care around a data directory: {@code --reset} deletes only what looks like Coterie's database.
 */
final class DataDirectory {
  private static final Pattern DATABASE_FILE =
      Pattern.compile(
          "CURRENT|IDENTITY|LOCK|LOG(\\.old\\.\\d+)?|MANIFEST-\\d+|OPTIONS-\\d+(\\.dbtmp)?"
              + "|\\d+\\.(sst|log|blob)|key");

  private DataDirectory() {}

  static boolean holdsData(Path dir) {
    return Files.isRegularFile(dir.resolve("CURRENT"));
  }

  /**
   * Deletes the database files in {@code dir}. Refuses, deleting nothing, when the directory holds
   * anything that is not a Coterie database file: a mistyped --data-path must not wipe a home
   * directory.
   */
  static void reset(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    if (!Files.isDirectory(dir)) {
      throw CliException.usage(
          "--data-path " + dir + " is a file, not a directory; give a directory");
    }
    List<Path> entries;
    try (Stream<Path> list = Files.list(dir)) {
      entries = list.toList();
    } catch (IOException e) {
      throw CliException.failed("cannot list " + dir + ": " + e.getMessage());
    }
    if (entries.isEmpty()) {
      return;
    }
    List<Path> foreign =
        entries.stream()
            .filter(
                p ->
                    !Files.isRegularFile(p)
                        || !DATABASE_FILE.matcher(p.getFileName().toString()).matches())
            .toList();
    if (!holdsData(dir) || !foreign.isEmpty()) {
      throw CliException.usage(
          "refusing to --reset "
              + dir
              + ": it does not look like a Coterie data directory"
              + (foreign.isEmpty() ? "" : " (it holds " + foreign.get(0).getFileName() + ")")
              + "; check --data-path, or delete the directory yourself");
    }
    for (Path entry : entries) {
      try {
        Files.delete(entry);
      } catch (IOException e) {
        throw CliException.failed("cannot delete " + entry + " during --reset: " + e.getMessage());
      }
    }
  }
}
