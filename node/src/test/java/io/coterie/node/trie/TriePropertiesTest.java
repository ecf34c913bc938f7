package io.coterie.node.trie;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TriePropertiesTest {

  @Provide
  Arbitrary<Map<Bytes, Bytes>> entries() {
    // Few distinct byte values make shared prefixes (extensions, branch values) common.
    Arbitrary<Bytes> keys =
        Arbitraries.bytes()
            .between((byte) 0, (byte) 3)
            .array(byte[].class)
            .ofMaxSize(4)
            .map(Bytes::of);
    Arbitrary<Bytes> values =
        Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(40).map(Bytes::of);
    return Arbitraries.maps(keys, values).ofMaxSize(40);
  }

  private static MerklePatriciaTrie build(List<Map.Entry<Bytes, Bytes>> entries) {
    MerklePatriciaTrie trie = MerklePatriciaTrie.empty();
    for (Map.Entry<Bytes, Bytes> e : entries) {
      trie.put(e.getKey().toArray(), e.getValue().toArray());
    }
    return trie;
  }

  @Property(tries = 300)
  void insertionOrderDoesNotChangeTheRoot(
      @ForAll("entries") Map<Bytes, Bytes> entries, @ForAll long seed) {
    List<Map.Entry<Bytes, Bytes>> ordered = new ArrayList<>(entries.entrySet());
    List<Map.Entry<Bytes, Bytes>> shuffled = new ArrayList<>(ordered);
    Collections.shuffle(shuffled, new Random(seed));

    assertThat(build(shuffled).rootHash()).isEqualTo(build(ordered).rootHash());
  }

  @Property(tries = 300)
  void putThenDeleteRestoresThePreviousRoot(
      @ForAll("entries") Map<Bytes, Bytes> entries, @ForAll("entries") Map<Bytes, Bytes> extra) {
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
  }

  @Property(tries = 300)
  void everyKeyProvesItsValueAndAbsentKeysProveAbsence(
      @ForAll("entries") Map<Bytes, Bytes> entries, @ForAll("entries") Map<Bytes, Bytes> probes) {
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
        assertThat(ProofVerifier.verify(root, probe.toArray(), trie.getProof(probe.toArray())))
            .isEqualTo(new ProofResult.Absent());
      }
    }
  }

  @Property(tries = 200)
  void aReopenedTrieCommitsOnlyTheNodesItChanged(
      @ForAll("entries") Map<Bytes, Bytes> entries, @ForAll("entries") Map<Bytes, Bytes> changes) {
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
  }

  @Property(tries = 100)
  void rewritingExistingValuesEmitsNothing(@ForAll("entries") Map<Bytes, Bytes> entries) {
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
  }
}
