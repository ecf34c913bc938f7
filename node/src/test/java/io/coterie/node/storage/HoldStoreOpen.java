package io.coterie.node.storage;

import java.nio.file.Path;

/** Run in a child JVM by a test: opens the store, says so, and holds it until stdin closes. */
public final class HoldStoreOpen {
  private HoldStoreOpen() {}

  public static void main(String[] args) throws Exception {
    try (RocksDbStore store =
        RocksDbStore.open(Path.of(args[0]), RocksDbStore.Settings.defaults())) {
      System.out.println("open");
      System.out.flush();
      while (System.in.read() >= 0) {
        // Hold the lock until the parent closes our stdin.
      }
    }
  }
}
