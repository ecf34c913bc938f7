package io.coterie.chaincode.support;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.EventSink;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.spi.WorldStorage;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** Test harness: account storage and logs in sorted maps, with snapshots for rollback. */
public final class InMemoryWorld implements WorldStorage, EventSink {
  private SortedMap<ChainAddress, SortedMap<Word, Word>> accounts = new TreeMap<>();
  private List<LogEntry> logs = new ArrayList<>();

  /** A log as the host would record it. */
  public record LogEntry(ChainAddress emitter, List<Word> topics, String dataHex) {}

  /** A restorable copy of storage and logs. */
  public record Snapshot(SortedMap<ChainAddress, SortedMap<Word, Word>> accounts, int logCount) {}

  @Override
  public Word load(ChainAddress account, Word slot) {
    return accounts.getOrDefault(account, new TreeMap<>()).getOrDefault(slot, Word.ZERO);
  }

  @Override
  public void store(ChainAddress account, Word slot, Word value) {
    SortedMap<Word, Word> storage = accounts.computeIfAbsent(account, a -> new TreeMap<>());
    if (value.isZero()) {
      storage.remove(slot);
    } else {
      storage.put(slot, value);
    }
  }

  @Override
  public void emit(ChainAddress emitter, List<Word> topics, byte[] data) {
    logs.add(new LogEntry(emitter, List.copyOf(topics), org.web3j.utils.Numeric.toHexString(data)));
  }

  /** Non-zero slots of {@code account}. */
  public SortedMap<Word, Word> storageOf(ChainAddress account) {
    return new TreeMap<>(accounts.getOrDefault(account, new TreeMap<>()));
  }

  /** Replaces the storage of {@code account}, e.g. with a genesis allocation. */
  public void putStorage(ChainAddress account, SortedMap<Word, Word> slots) {
    accounts.put(account, new TreeMap<>(slots));
  }

  public List<LogEntry> logs() {
    return List.copyOf(logs);
  }

  public Snapshot snapshot() {
    SortedMap<ChainAddress, SortedMap<Word, Word>> copy = new TreeMap<>();
    accounts.forEach((a, s) -> copy.put(a, new TreeMap<>(s)));
    return new Snapshot(copy, logs.size());
  }

  public void restore(Snapshot snapshot) {
    SortedMap<ChainAddress, SortedMap<Word, Word>> copy = new TreeMap<>();
    snapshot.accounts().forEach((a, s) -> copy.put(a, new TreeMap<>(s)));
    accounts = copy;
    logs = new ArrayList<>(logs.subList(0, snapshot.logCount()));
  }
}
