package io.coterie.node.chain;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.node.crypto.PrivateKey;
import io.coterie.node.state.WorldState;
import io.coterie.node.storage.InMemoryKeyValueStore;
import io.coterie.node.storage.TrieNodeStore;
import io.coterie.node.storage.WriteBatch;
import io.coterie.node.types.Address;
import io.coterie.node.types.Block;
import io.coterie.node.types.BlockHashing;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Bloom;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Destination;
import io.coterie.node.types.Hash;
import io.coterie.node.types.Transaction;
import io.coterie.node.types.TransactionSigner;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The importer stores a block (its receipts and transaction index) in one write batch and then
 * moves the head. Between the two, the chain must not name a location above the head: a client that
 * got a receipt would then read, from {@code latest}, the state before that transaction.
 */
class BlockchainHeadBoundTest {
  private static final TransactionSigner SIGNER =
      new TransactionSigner(
          PrivateKey.fromHex("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"),
          1337);

  @Test
  void aTransactionStoredAboveTheHeadIsNotFoundUntilTheHeadReachesIt() {
    InMemoryKeyValueStore store = new InMemoryKeyValueStore();
    ChainStore chainStore = new ChainStore(store);
    WorldState state = WorldState.empty(new TrieNodeStore(store));
    BlockHeader genesis = header(0);
    Blockchain chain =
        new Blockchain(
            1337,
            chainStore,
            new TrieNodeStore(store),
            BlockHashing.PLAIN,
            new Blockchain.Head(genesis, genesis.hash(), state));
    Transaction tx =
        SIGNER.legacy(
            0,
            BigInteger.ZERO,
            21_000,
            Destination.call(Address.of(0xbeef)),
            BigInteger.ONE,
            Bytes.EMPTY);
    Block block = new Block(header(1), List.of(tx));

    WriteBatch batch = store.newBatch();
    chainStore.put(batch, block.header().hash(), block, List.of());
    store.commit(batch);

    assertThat(chainStore.transactionLocation(tx.hash())).isPresent();
    assertThat(chain.transactionLocation(tx.hash())).isEmpty();

    chain.advance(
        new Blockchain.Head(block.header(), block.header().hash(), state), block, List.of());
    assertThat(chain.transactionLocation(tx.hash()))
        .contains(new TxLocation(block.header().hash(), 1, 0));
  }

  private static BlockHeader header(long number) {
    return new BlockHeader(
        Hash.keccak(new byte[] {(byte) number}),
        Hash.EMPTY_LIST,
        Address.of(0xabc),
        Hash.EMPTY_TRIE,
        Hash.EMPTY_TRIE,
        Hash.EMPTY_TRIE,
        Bloom.builder().build(),
        BigInteger.ONE,
        number,
        30_000_000,
        0,
        1_700_000_000L + number,
        Bytes.EMPTY,
        Hash.ZERO,
        Bytes.of(new byte[8]),
        BigInteger.ZERO);
  }
}
