package io.coterie.node.storage;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Admits a data directory only for the chain it was created for. A fresh directory is claimed (its
 * chain identity and schema version are written); a directory of another chain, or written by a
 * newer schema, is refused with a message saying what was found, what was expected and what to do.
 */
public final class SchemaGuard {
  /** The layout version this build writes and reads. */
  public static final int SCHEMA_VERSION = 1;

  /** The guard's decision. */
  public sealed interface Verdict {
    /** The directory was empty and now belongs to the configured chain. */
    record Claimed() implements Verdict {}

    /** The directory already belongs to the configured chain. */
    record Matches() implements Verdict {}

    /** The directory must not be used; {@code message} tells the operator why and what to do. */
    record Refused(String message) implements Verdict {}
  }

  private SchemaGuard() {}

  public static Verdict admit(Path dataDir, KeyValueStore store, ChainIdentity expected) {
    MetadataStore metadata = new MetadataStore(store);
    OptionalInt schema = metadata.schemaVersion();
    if (schema.isPresent() && schema.getAsInt() > SCHEMA_VERSION) {
      return new Verdict.Refused(
          "data directory "
              + dataDir
              + " has schema version "
              + schema.getAsInt()
              + " but this build reads up to version "
              + SCHEMA_VERSION
              + "; run a newer Coterie, or use another --data-path");
    }
    Optional<ChainIdentity> found = metadata.chainIdentity();
    if (found.isEmpty()) {
      WriteBatch batch = store.newBatch();
      metadata.putChainIdentity(batch, expected);
      metadata.putSchemaVersion(batch, SCHEMA_VERSION);
      store.commit(batch);
      return new Verdict.Claimed();
    }
    if (!found.get().equals(expected)) {
      return new Verdict.Refused(
          "data directory "
              + dataDir
              + " holds "
              + found.get()
              + " but this node is configured for "
              + expected
              + "; use another --data-path, or --reset to delete this directory's data");
    }
    return new Verdict.Matches();
  }
}
