package io.coterie.node.trie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.maps;

import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class TriePropertiesTest {

  /** Up to 40 entries; {@link Bytes} prints as hex, so a falsifying map reads as (key,value)s. */
  private static Gen<Map<Bytes, Bytes>> entries() {
    // Few distinct byte values make shared prefixes (extensions, branch values) common.
    Gen<Bytes> keys =
        Generate.byteArrays(integers().between(0, 4), Generate.bytes((byte) 0, (byte) 3, (byte) 0))
            .map(Bytes::of);
    Gen<Bytes> values =
        Generate.byteArrays(
                integers().between(1, 40), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0))
            .map(Bytes::of);
    return maps().of(keys, values).ofSizeBetween(0, 40);
  }

  private static MerklePatriciaTrie build(List<Map.Entry<Bytes, Bytes>> entries) {
    MerklePatriciaTrie trie = MerklePatriciaTrie.empty();
    for (Map.Entry<Bytes, Bytes> e : entries) {
      trie.put(e.getKey().toArray(), e.getValue().toArray());
    }
    return trie;
  }

  @Test
  void insertionOrderDoesNotChangeTheRoot() {
    qt().withExamples(300)
        .forAll(entries(), longs().all())
        .checkAssert(
            (entries, seed) -> {
              List<Map.Entry<Bytes, Bytes>> ordered = new ArrayList<>(entries.entrySet());
              List<Map.Entry<Bytes, Bytes>> shuffled = new ArrayList<>(ordered);
              Collections.shuffle(shuffled, new Random(seed));

              assertThat(build(shuffled).rootHash()).isEqualTo(build(ordered).rootHash());
            });
  }

  @Test
  void putThenDeleteRestoresThePreviousRoot() {
    qt().withExamples(300)
        .forAll(entries(), entries())
        .checkAssert(
            (entries, extra) -> {
              MerklePatriciaTrie trie = build(new ArrayList<>(entries.entrySet()));
              Hash before = trie.rootHash();
              MapNodeStore store = new MapNodeStore();
              trie.commit(store);

              MerklePatriciaTrie reopened = MerklePatriciaTrie.open(store, before);
              List<Bytes> added = new ArrayList<>();
              for (Map.Entry<Bytes, Bytes> e : extra.entrySet()) {
                if (!entries.containsKey(e.getKey())) {
                  reopened.put(e.getKey().toArray(), e.getValue().toArray());
                  added.add(e.getKey());
                }
              }
              for (Bytes key : added) {
                reopened.delete(key.toArray());
              }

              assertThat(reopened.rootHash()).isEqualTo(before);
            });
  }

  @Test
  void everyKeyProvesItsValueAndAbsentKeysProveAbsence() {
    qt().withExamples(300)
        .forAll(entries(), entries())
        .checkAssert(
            (entries, probes) -> {
              MerklePatriciaTrie trie = build(new ArrayList<>(entries.entrySet()));
              MapNodeStore store = new MapNodeStore();
              Hash root = trie.commit(store);
              MerklePatriciaTrie stored = MerklePatriciaTrie.open(store, root);

              for (Map.Entry<Bytes, Bytes> e : entries.entrySet()) {
                assertThat(
                        ProofVerifier.verify(
                            root, e.getKey().toArray(), stored.getProof(e.getKey().toArray())))
                    .isEqualTo(new ProofResult.Present(e.getValue()));
              }
              for (Bytes probe : probes.keySet()) {
                if (!entries.containsKey(probe)) {
                  assertThat(
                          ProofVerifier.verify(
                              root, probe.toArray(), trie.getProof(probe.toArray())))
                      .isEqualTo(new ProofResult.Absent());
                }
              }
            });
  }

  @Test
  void aReopenedTrieCommitsOnlyTheNodesItChanged() {
    qt().withExamples(200)
        .forAll(entries(), entries())
        .checkAssert(
            (entries, changes) -> {
              MerklePatriciaTrie trie = build(new ArrayList<>(entries.entrySet()));
              MapNodeStore store = new MapNodeStore();
              Hash root = trie.commit(store);

              MerklePatriciaTrie reopened = MerklePatriciaTrie.open(store, root);
              MerklePatriciaTrie inMemory = trie.copy();
              for (Map.Entry<Bytes, Bytes> e : changes.entrySet()) {
                reopened.put(e.getKey().toArray(), e.getValue().toArray());
                inMemory.put(e.getKey().toArray(), e.getValue().toArray());
              }
              MapNodeStore delta = new MapNodeStore();
              Hash newRoot = reopened.commit(delta);
              store.nodes.putAll(delta.nodes);

              assertThat(newRoot).isEqualTo(inMemory.rootHash());
              MapNodeStore full = new MapNodeStore();
              inMemory.copy().commit(full);
              assertThat(full.nodes.keySet()).containsAll(delta.nodes.keySet());
              MerklePatriciaTrie fresh = MerklePatriciaTrie.open(store, newRoot);
              for (Map.Entry<Bytes, Bytes> e : changes.entrySet()) {
                assertThat(fresh.get(e.getKey().toArray()).map(Bytes::of)).contains(e.getValue());
              }
              MapNodeStore again = new MapNodeStore();
              reopened.commit(again);
              assertThat(again.writes).as("a second commit without changes").isZero();
            });
  }

  @Test
  void rewritingExistingValuesEmitsNothing() {
    qt().withExamples(100)
        .forAll(entries())
        .checkAssert(
            entries -> {
              MerklePatriciaTrie trie = build(new ArrayList<>(entries.entrySet()));
              MapNodeStore store = new MapNodeStore();
              Hash root = trie.commit(store);
              MerklePatriciaTrie reopened = MerklePatriciaTrie.open(store, root);
              for (Map.Entry<Bytes, Bytes> e : entries.entrySet()) {
                reopened.put(e.getKey().toArray(), e.getValue().toArray());
              }
              MapNodeStore delta = new MapNodeStore();

              assertThat(reopened.commit(delta)).isEqualTo(root);
              assertThat(delta.writes).isZero();
            });
  }
}
