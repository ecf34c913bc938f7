package io.coterie.node.storage;

/** The store could not be opened, read or written; the message says what to do. */
public final class StorageException extends RuntimeException {
  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }

  public StorageException(String message) {
    super(message);
  }
}
