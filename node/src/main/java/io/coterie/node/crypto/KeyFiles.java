package io.coterie.node.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Private key files as Besu writes them: 64 hex digits (optionally {@code 0x}-prefixed),
 * surrounding whitespace ignored. Errors name the file and the fix and never echo the file's
 * content.
 */
public final class KeyFiles {
  private KeyFiles() {}

  public static PrivateKey read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.US_ASCII);
    } catch (NoSuchFileException e) {
      throw new KeyFileException(
          "key file "
              + file
              + " does not exist; create one with `coterie keys generate` or fix the path");
    } catch (IOException | UncheckedIOException e) {
      throw new KeyFileException("cannot read key file " + file + ": " + e.getMessage());
    }
    try {
      return PrivateKey.fromHex(text);
    } catch (IllegalArgumentException e) {
      throw new KeyFileException(
          "key file "
              + file
              + " is not a private key: "
              + e.getMessage()
              + "; it must hold exactly 64 hex digits");
    }
  }

  /** Writes the key (owner-only permissions where supported); refuses to replace a file. */
  public static void write(Path file, PrivateKey key) {
    if (Files.exists(file)) {
      throw new KeyFileException(
          "key file " + file + " already exists; move it away first to avoid losing a key");
    }
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, ".key", ".tmp");
      try {
        setOwnerOnly(temp);
        Files.writeString(temp, key.toHexSecret() + "\n", StandardCharsets.US_ASCII);
        try {
          Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, file);
        }
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (FileAlreadyExistsException e) {
      throw new KeyFileException("key file " + file + " already exists; move it away first");
    } catch (IOException e) {
      throw new KeyFileException("cannot write key file " + file + ": " + e.getMessage());
    }
  }

  private static void setOwnerOnly(Path path) throws IOException {
    if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
    }
  }

  /** A key file that is missing, unreadable or not a key; the message says which and what to do. */
  public static final class KeyFileException extends RuntimeException {
    public KeyFileException(String message) {
      super(message);
    }
  }
}
