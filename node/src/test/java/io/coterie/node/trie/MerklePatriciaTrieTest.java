package io.coterie.node.trie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coterie.node.rlp.RlpWriter;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MerklePatriciaTrieTest {

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void emptyTrieHasTheEmptyRootAndCommitsNothing() {
    MapNodeStore store = new MapNodeStore();
    MerklePatriciaTrie trie = MerklePatriciaTrie.empty();

    assertThat(trie.rootHash()).isEqualTo(Hash.EMPTY_TRIE);
    assertThat(trie.commit(store)).isEqualTo(Hash.EMPTY_TRIE);
    assertThat(store.writes).isZero();
  }

  @Test
  void aRootShorterThan32BytesIsStoredSoTheTrieReopens() {
    MapNodeStore store = new MapNodeStore();
    MerklePatriciaTrie trie = MerklePatriciaTrie.empty();
    trie.put(utf8("a"), utf8("b"));

    Hash root = trie.commit(store);

    assertThat(store.nodes).containsKey(root);
    assertThat(MerklePatriciaTrie.open(store, root).get(utf8("a")))
        .hasValueSatisfying(v -> assertThat(v).isEqualTo(utf8("b")));
  }

  @Test
  void openingAtAnUnknownRootFailsWithAMessageOnFirstUse() {
    MerklePatriciaTrie trie = MerklePatriciaTrie.open(new MapNodeStore(), Hash.keccak(utf8("x")));

    assertThatThrownBy(() -> trie.get(utf8("a")))
        .isInstanceOf(MissingTrieNodeException.class)
        .hasMessageContaining("is not in the database");
  }

  @Test
  void copiesDoNotSeeEachOthersChanges() {
    MerklePatriciaTrie trie = MerklePatriciaTrie.empty();
    trie.put(utf8("dog"), utf8("puppy"));
    MerklePatriciaTrie copy = trie.copy();
    copy.put(utf8("dog"), utf8("hound"));

    assertThat(trie.get(utf8("dog")).map(Bytes::of)).contains(Bytes.of(utf8("puppy")));
    assertThat(copy.get(utf8("dog")).map(Bytes::of)).contains(Bytes.of(utf8("hound")));
  }

  @Test
  void orderedRootOfNoValuesIsTheEmptyRoot() {
    assertThat(MerklePatriciaTrie.orderedRoot(List.of())).isEqualTo(Hash.EMPTY_TRIE);
  }

  @Test
  void orderedRootKeysValuesByTheRlpOfTheirIndex() {
    List<byte[]> values = new java.util.ArrayList<>();
    MerklePatriciaTrie expected = MerklePatriciaTrie.empty();
    for (int i = 0; i < 200; i++) {
      byte[] value = utf8("receipt-" + i);
      values.add(value);
      expected.put(new RlpWriter().writeLong(i).toByteArray(), value);
    }
    // Index 0 is RLP 0x80 and index 128 is 0x8180: both must land in the right place.
    assertThat(expected.get(new byte[] {(byte) 0x80}).map(Bytes::of))
        .contains(Bytes.of(utf8("receipt-0")));
    assertThat(MerklePatriciaTrie.orderedRoot(values)).isEqualTo(expected.rootHash());
  }

  @Test
  void aTamperedProofIsInvalid() {
    MerklePatriciaTrie trie = MerklePatriciaTrie.empty();
    for (int i = 0; i < 50; i++) {
      trie.put(utf8("key-" + i), utf8("value-value-value-value-value-" + i));
    }
    Proof proof = trie.getProof(utf8("key-7"));
    Proof truncated = new Proof(proof.nodes().subList(0, proof.nodes().size() - 1));

    assertThat(ProofVerifier.verify(trie.rootHash(), utf8("key-7"), truncated))
        .isInstanceOf(ProofResult.Invalid.class);
    assertThat(ProofVerifier.verify(Hash.keccak(utf8("other")), utf8("key-7"), proof))
        .isInstanceOf(ProofResult.Invalid.class);
  }
}
