package io.coterie.node.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coterie.node.rlp.RlpWriter;
import io.coterie.node.storage.RocksDbStore;
import io.coterie.node.storage.TrieNodeStore;
import io.coterie.node.storage.WriteBatch;
import io.coterie.node.trie.ProofResult;
import io.coterie.node.trie.ProofVerifier;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorldStateTest {
  private static final Address ALICE =
      Address.fromHex("0x00000000000000000000000000000000000a11ce");
  private static final Address LOYALTY = Address.of(0x1001);
  private static final Address NOBODY = Address.of(0xdead);

  private static Hash slot(int i) {
    return Hash.keccak(new byte[] {(byte) i});
  }

  private static Bytes word(long value) {
    byte[] word = new byte[32];
    for (int i = 31; value != 0; i--, value >>>= 8) {
      word[i] = (byte) value;
    }
    return Bytes.of(word);
  }

  private static Hash commit(RocksDbStore store, WorldStateOverlay overlay) {
    TrieNodeStore nodes = new TrieNodeStore(store);
    WriteBatch batch = store.newBatch();
    Hash root = overlay.commitTo(nodes.sink(batch)).rootHash();
    store.commit(batch);
    return root;
  }

  @Test
  void committedStateReadsTheSameAfterReopeningTheDatabase(@TempDir Path dir) {
    Hash first;
    Hash second;
    try (RocksDbStore store = RocksDbStore.open(dir, RocksDbStore.Settings.defaults())) {
      WorldStateOverlay overlay = new WorldStateOverlay(WorldState.empty(new TrieNodeStore(store)));
      overlay.putAccount(ALICE, Account.EMPTY.withNonce(3).withBalance(BigInteger.valueOf(1_000)));
      overlay.putStorage(LOYALTY, slot(1), word(250));
      overlay.putStorage(LOYALTY, slot(2), word(7));
      first = commit(store, overlay);

      overlay.putStorage(LOYALTY, slot(2), word(0));
      overlay.putAccount(ALICE, overlay.account(ALICE).orElseThrow().withNonce(4));
      second = commit(store, overlay);
    }

    try (RocksDbStore store = RocksDbStore.open(dir, RocksDbStore.Settings.defaults())) {
      WorldState atFirst = WorldState.open(new TrieNodeStore(store), first);
      WorldState atSecond = WorldState.open(new TrieNodeStore(store), second);

      assertThat(atFirst.account(ALICE).orElseThrow().nonce()).isEqualTo(3);
      assertThat(atFirst.storage(LOYALTY, slot(2))).isEqualTo(word(7));
      assertThat(atSecond.account(ALICE).orElseThrow().nonce()).isEqualTo(4);
      assertThat(atSecond.account(ALICE).orElseThrow().balance())
          .isEqualTo(BigInteger.valueOf(1_000));
      assertThat(atSecond.storage(LOYALTY, slot(1))).isEqualTo(word(250));
      assertThat(atSecond.storage(LOYALTY, slot(2))).isEqualTo(word(0));
      assertThat(atSecond.account(NOBODY)).isEmpty();
      assertThat(atSecond.rootHash()).isEqualTo(second);
    }
  }

  @Test
  void storageRootIsDerivedFromTheStorageWrites() {
    WorldStateOverlay overlay =
        new WorldStateOverlay(WorldState.empty(hash -> java.util.Optional.empty()));
    overlay.putStorage(LOYALTY, slot(1), word(250));
    WorldState state = overlay.commitTo((h, e) -> {});

    Hash storageRoot = state.account(LOYALTY).orElseThrow().storageRoot();
    io.coterie.node.trie.SecureMerklePatriciaTrie expected =
        io.coterie.node.trie.SecureMerklePatriciaTrie.empty();
    expected.put(slot(1).toArray(), RlpWriter.encodeBytes(new byte[] {(byte) 250}));
    assertThat(storageRoot).isEqualTo(expected.rootHash());

    overlay.putStorage(LOYALTY, slot(1), word(0));
    assertThat(overlay.commitTo((h, e) -> {}).account(LOYALTY).orElseThrow().storageRoot())
        .isEqualTo(Hash.EMPTY_TRIE);
  }

  @Test
  void proofsOfPresentAndAbsentAccountsAndSlotsVerifyAgainstTheRoot(@TempDir Path dir) {
    try (RocksDbStore store = RocksDbStore.open(dir, RocksDbStore.Settings.defaults())) {
      WorldStateOverlay overlay = new WorldStateOverlay(WorldState.empty(new TrieNodeStore(store)));
      for (int i = 0; i < 30; i++) {
        overlay.putAccount(Address.of(0x5000 + i), Account.EMPTY.withNonce(i + 1));
        overlay.putStorage(LOYALTY, slot(i), word(1000 + i));
      }
      overlay.putAccount(ALICE, Account.EMPTY.withBalance(BigInteger.TEN.pow(20)));
      Hash root = commit(store, overlay);
      WorldState state = WorldState.open(new TrieNodeStore(store), root);

      AccountProof proof = state.getProof(LOYALTY, List.of(slot(3), slot(99)));

      assertThat(ProofVerifier.verifySecure(root, LOYALTY.toArray(), proof.accountProof()))
          .isEqualTo(new ProofResult.Present(Bytes.of(AccountCodec.encode(proof.account()))));
      Hash storageRoot = proof.account().storageRoot();
      StorageProof present = proof.storageProof().get(0);
      assertThat(present.value()).isEqualTo(BigInteger.valueOf(1003));
      assertThat(ProofVerifier.verifySecure(storageRoot, slot(3).toArray(), present.proof()))
          .isEqualTo(
              new ProofResult.Present(
                  Bytes.of(RlpWriter.encodeBytes(new byte[] {0x03, (byte) 0xeb}))));
      StorageProof absent = proof.storageProof().get(1);
      assertThat(absent.value()).isZero();
      assertThat(ProofVerifier.verifySecure(storageRoot, slot(99).toArray(), absent.proof()))
          .isEqualTo(new ProofResult.Absent());

      AccountProof nobody = state.getProof(NOBODY, List.of(slot(1)));
      assertThat(nobody.account()).isEqualTo(Account.EMPTY);
      assertThat(ProofVerifier.verifySecure(root, NOBODY.toArray(), nobody.accountProof()))
          .isEqualTo(new ProofResult.Absent());
      assertThat(nobody.storageProof().get(0).value()).isZero();
    }
  }

  @Test
  void layersMustBeClosedBeforeCommitting() {
    WorldStateOverlay overlay =
        new WorldStateOverlay(WorldState.empty(hash -> java.util.Optional.empty()));
    overlay.newLayer();

    assertThatThrownBy(() -> overlay.commitTo((h, e) -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("1 layer(s) still open");
    overlay.revertLayer();
    assertThatThrownBy(overlay::revertLayer).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void accountEncodingRoundTrips() {
    Account account =
        new Account(7, BigInteger.TWO.pow(255), Hash.keccak(new byte[] {1}), Hash.EMPTY);

    assertThat(AccountCodec.decode(AccountCodec.encode(account))).isEqualTo(account);
  }
}
