package io.coterie.node.consensus.qbft.statemachine;

import io.coterie.node.consensus.qbft.message.RoundChange;
import io.coterie.node.types.Address;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Validated round changes of one height, by target round and author. Each author keeps at most
 * {@link #MAX_ROUNDS_PER_AUTHOR} target rounds (its highest), so a faulty validator cannot fill
 * memory with round changes for ever higher rounds.
 */
final class RoundChangeTracker {
  static final int MAX_ROUNDS_PER_AUTHOR = 8;

  private final NavigableMap<Integer, Map<Address, RoundChange>> byRound = new TreeMap<>();

  /** Adds a round change; false when this author already sent one for that round. */
  boolean add(RoundChange roundChange) {
    Map<Address, RoundChange> authors =
        byRound.computeIfAbsent(roundChange.round().round(), r -> new TreeMap<>());
    if (authors.containsKey(roundChange.author())) {
      return false;
    }
    authors.put(roundChange.author(), roundChange);
    evictOldestOf(roundChange.author());
    return true;
  }

  Optional<RoundChange> from(Address author, int round) {
    Map<Address, RoundChange> authors = byRound.get(round);
    return authors == null ? Optional.empty() : Optional.ofNullable(authors.get(author));
  }

  private void evictOldestOf(Address author) {
    List<Integer> rounds = new ArrayList<>();
    byRound.forEach(
        (round, authors) -> {
          if (authors.containsKey(author)) {
            rounds.add(round);
          }
        });
    for (int i = 0; i < rounds.size() - MAX_ROUNDS_PER_AUTHOR; i++) {
      Map<Address, RoundChange> authors = byRound.get(rounds.get(i));
      authors.remove(author);
      if (authors.isEmpty()) {
        byRound.remove(rounds.get(i));
      }
    }
  }

  /** The round changes for {@code round} when they come from at least {@code quorum} authors. */
  Optional<List<RoundChange>> quorumFor(int round, int quorum) {
    Map<Address, RoundChange> authors = byRound.get(round);
    if (authors == null || authors.size() < quorum) {
      return Optional.empty();
    }
    return Optional.of(List.copyOf(authors.values()));
  }

  /**
   * QBFT's early round change: when {@code fPlusOne} distinct authors ask for rounds above {@code
   * current}, at least one honest validator has moved on, and this one joins the highest round that
   * f+1 of them reached (the lowest round of the f+1 highest requests).
   */
  OptionalInt earlyRoundChange(int current, int fPlusOne) {
    Map<Address, Integer> highestByAuthor = new TreeMap<>();
    byRound
        .tailMap(current, false)
        .forEach((round, authors) -> authors.keySet().forEach(a -> highestByAuthor.put(a, round)));
    if (highestByAuthor.size() < fPlusOne) {
      return OptionalInt.empty();
    }
    List<Integer> rounds = new ArrayList<>(highestByAuthor.values());
    rounds.sort(Comparator.reverseOrder());
    return OptionalInt.of(rounds.get(fPlusOne - 1));
  }

  void discardBelow(int round) {
    byRound.headMap(round, false).clear();
  }
}
