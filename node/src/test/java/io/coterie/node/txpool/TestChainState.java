package io.coterie.node.txpool;

import io.coterie.chaincode.roles.RolesGenesis;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.node.chain.ChainListener;
import io.coterie.node.crypto.PrivateKey;
import io.coterie.node.state.Account;
import io.coterie.node.state.WorldState;
import io.coterie.node.state.WorldStateOverlay;
import io.coterie.node.storage.InMemoryKeyValueStore;
import io.coterie.node.storage.TrieNodeStore;
import io.coterie.node.storage.WriteBatch;
import io.coterie.node.types.Address;
import io.coterie.node.types.Block;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Bloom;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Destination;
import io.coterie.node.types.Hash;
import io.coterie.node.types.Transaction;
import io.coterie.node.types.TransactionSigner;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A real world state over the in-memory store with funded accounts and the Roles precompile's
 * storage, and a minimal "block import": included transactions bump nonces and pay value and fees
 * on a fresh committed state, then the listener hears of the block.
 */
final class TestChainState {
  static final long CHAIN_ID = 1337;
  static final Address ROLES = Address.wrap(StandardRoles.ROLES_ADDRESS.bytes());
  static final Address SINK = Address.fromHex("0x00000000000000000000000000000000000000aa");

  private final InMemoryKeyValueStore store = new InMemoryKeyValueStore();
  private final TrieNodeStore nodes = new TrieNodeStore(store);
  private final WorldStateOverlay overlay = new WorldStateOverlay(WorldState.empty(nodes));
  private final SortedMap<Word, List<ChainAddress>> roleMembers = new TreeMap<>();
  private SortedMap<Word, Word> rolesSlots = new TreeMap<>();
  private volatile WorldState head;
  private long number;

  TestChainState() {
    head = commit();
  }

  static TransactionSigner signer(int index) {
    return new TransactionSigner(
        PrivateKey.fromBigInteger(BigInteger.valueOf(1_000 + index)), CHAIN_ID);
  }

  static BigInteger ether(long n) {
    return BigInteger.TEN.pow(18).multiply(BigInteger.valueOf(n));
  }

  WorldState head() {
    return head;
  }

  /** Sets {@code account}'s balance and nonce in a newly committed head. */
  TestChainState account(Address account, BigInteger balance, long nonce) {
    overlay.putAccount(account, Account.EMPTY.withNonce(nonce).withBalance(balance));
    head = commit();
    return this;
  }

  TestChainState grant(Word role, Address account) {
    roleMembers
        .computeIfAbsent(role, r -> new ArrayList<>())
        .add(ChainAddress.wrap(account.toArray()));
    writeRoles();
    return this;
  }

  TestChainState revokeAll(Address account) {
    ChainAddress member = ChainAddress.wrap(account.toArray());
    roleMembers.values().forEach(members -> members.remove(member));
    writeRoles();
    return this;
  }

  /** Commits {@code txs} as the next block (nonce + 1, balance - value - gasLimit * fee each). */
  Block importBlock(List<Transaction> txs, ChainListener listener) {
    for (Transaction tx : txs) {
      Address sender = tx.sender();
      Account account = overlay.account(sender).orElse(Account.EMPTY);
      overlay.putAccount(
          sender,
          account
              .withNonce(tx.nonce() + 1)
              .withBalance(
                  account
                      .balance()
                      .subtract(tx.value())
                      .subtract(tx.maxFeePerGas().multiply(BigInteger.valueOf(tx.gasLimit())))));
    }
    head = commit();
    Block block = new Block(header(), txs);
    listener.onBlockImported(block, block.hash(), List.of());
    return block;
  }

  /** Commits pending state changes (role grants) as an empty block. */
  Block importEmptyBlock(ChainListener listener) {
    return importBlock(List.of(), listener);
  }

  static Transaction transfer(TransactionSigner signer, long nonce) {
    return transfer(signer, nonce, BigInteger.ZERO);
  }

  static Transaction transfer(TransactionSigner signer, long nonce, BigInteger gasPrice) {
    return signer.legacy(
        nonce, gasPrice, 21_000, Destination.call(SINK), BigInteger.ONE, Bytes.EMPTY);
  }

  private void writeRoles() {
    SortedMap<Word, Word> next = RolesGenesis.initialStorage(roleMembers);
    for (Word slot : rolesSlots.keySet()) {
      if (!next.containsKey(slot)) {
        overlay.putStorage(ROLES, Hash.wrap(slot.bytes()), Bytes.of(new byte[32]));
      }
    }
    for (Map.Entry<Word, Word> slot : next.entrySet()) {
      overlay.putStorage(
          ROLES, Hash.wrap(slot.getKey().bytes()), Bytes.of(slot.getValue().bytes()));
    }
    rolesSlots = next;
    if (overlay.account(ROLES).isEmpty()) {
      overlay.putAccount(ROLES, Account.EMPTY.withNonce(1));
    }
    head = commit();
  }

  private WorldState commit() {
    WriteBatch batch = store.newBatch();
    WorldState state = overlay.commitTo(nodes.sink(batch));
    store.commit(batch);
    return state;
  }

  private BlockHeader header() {
    number++;
    return new BlockHeader(
        Hash.ZERO,
        Hash.EMPTY_LIST,
        Address.ZERO,
        head.rootHash(),
        Hash.EMPTY_TRIE,
        Hash.EMPTY_TRIE,
        Bloom.EMPTY,
        BigInteger.ONE,
        number,
        30_000_000,
        0,
        number,
        Bytes.EMPTY,
        Hash.ZERO,
        Bytes.of(new byte[8]),
        BigInteger.ZERO);
  }
}
