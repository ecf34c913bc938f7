package io.coterie.node.chain;

import io.coterie.chaincode.spi.PrecompileModule;
import io.coterie.chaincode.spi.VersionTransition;
import io.coterie.chaincode.spi.VersionedPrecompiles;
import io.coterie.node.storage.KeyValueStore;
import io.coterie.node.storage.MetadataStore;
import io.coterie.node.storage.StorageException;
import io.coterie.node.storage.WriteBatch;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Refuses a genesis whose chaincode transitions change the versions of blocks a data directory has
 * already executed: those blocks would re-execute (in a sync, an import, a peer's verification) to
 * other state roots than the ones stored and signed. Transitions above the head are free to add or
 * change; the directory records the transitions it was opened with, in column METADATA.
 */
public final class ChaincodeHistoryGuard {
  private ChaincodeHistoryGuard() {}

  /**
   * Admits {@code configured} for a directory whose head is {@code head}; {@code created} means the
   * directory's block 0 was just executed under {@code configured}.
   *
   * @throws StorageException when a block at or below the head would run other versions
   */
  public static void admit(
      Path dataDir,
      KeyValueStore store,
      long head,
      boolean created,
      List<PrecompileModule> modules,
      List<VersionTransition> configured) {
    MetadataStore metadata = new MetadataStore(store);
    SortedMap<Long, SortedMap<String, Integer>> wanted = asMap(configured);
    if (!created) {
      List<VersionTransition> recorded =
          metadata.chaincodeTransitions().map(ChaincodeHistoryGuard::asList).orElse(List.of());
      VersionedPrecompiles before = VersionedPrecompiles.of(modules, recorded);
      VersionedPrecompiles now = VersionedPrecompiles.of(modules, configured);
      SortedSet<Long> changes = new TreeSet<>(before.schedule().keySet());
      changes.addAll(now.schedule().keySet());
      for (long block : changes.headSet(head + 1)) {
        if (!before.versionsAt(block).equals(now.versionsAt(block))) {
          throw new StorageException(
              ("data directory %s executed blocks up to %d with the chaincode versions %s from"
                      + " block %d, but the genesis now schedules %s there; a transition must name"
                      + " a block above the head (for example %d), so restore the genesis file's"
                      + " config.coterie.transitions or use another --data-path (--reset for a"
                      + " devnet)")
                  .formatted(
                      dataDir,
                      head,
                      differing(before.versionsAt(block), now.versionsAt(block)),
                      block,
                      differing(now.versionsAt(block), before.versionsAt(block)),
                      head + 100));
        }
      }
      if (metadata.chaincodeTransitions().map(wanted::equals).orElse(false)) {
        return;
      }
    }
    WriteBatch batch = store.newBatch();
    metadata.putChaincodeTransitions(batch, wanted);
    store.commit(batch);
  }

  /** The entries of {@code a} that {@code b} does not share, e.g. {@code {provenance=1}}. */
  private static SortedMap<String, Integer> differing(
      SortedMap<String, Integer> a, SortedMap<String, Integer> b) {
    SortedMap<String, Integer> out = new TreeMap<>();
    a.forEach(
        (name, version) -> {
          if (!version.equals(b.get(name))) {
            out.put(name, version);
          }
        });
    return out;
  }

  private static SortedMap<Long, SortedMap<String, Integer>> asMap(
      List<VersionTransition> transitions) {
    SortedMap<Long, SortedMap<String, Integer>> out = new TreeMap<>();
    transitions.forEach(t -> out.put(t.block(), new TreeMap<>(t.versions())));
    return out;
  }

  private static List<VersionTransition> asList(
      SortedMap<Long, SortedMap<String, Integer>> transitions) {
    List<VersionTransition> out = new ArrayList<>();
    transitions.forEach((block, versions) -> out.add(new VersionTransition(block, versions)));
    return out;
  }
}
