package io.coterie.node.cli.audit;

import io.coterie.chaincode.provenance.ProvenanceLayout;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.spi.WorldStorage;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The Provenance account's storage as far as proofs have shown it, for the chaincode's own reader
 * to decode: a slot without a proof reads as zero and is remembered as missing, so the caller can
 * fetch its proof and read again (or, offline, name what the bundle lacks). Read-only.
 */
final class ProvenSlots implements WorldStorage {
  private final SortedMap<Word, Word> proven;
  private final SortedSet<Word> missing = new TreeSet<>();

  ProvenSlots(Map<Word, Word> proven) {
    this.proven = new TreeMap<>(proven);
  }

  @Override
  public Word load(ChainAddress account, Word slot) {
    if (!account.equals(ProvenanceLayout.ADDRESS)) {
      throw new IllegalStateException(
          "the provenance reader read account " + account.toHex() + ", which no proof covers");
    }
    Word value = proven.get(slot);
    if (value == null) {
      missing.add(slot);
      return Word.ZERO;
    }
    return value;
  }

  @Override
  public void store(ChainAddress account, Word slot, Word value) {
    throw new UnsupportedOperationException("proven storage is read-only");
  }

  /** Slots read that no proof covers, in slot order. */
  SortedSet<Word> missing() {
    return new TreeSet<>(missing);
  }
}
