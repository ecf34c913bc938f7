package io.coterie.node.p2p;

import io.coterie.node.crypto.NodeKey;
import io.coterie.node.crypto.PrivateKey;
import io.coterie.node.crypto.PublicKey;
import io.coterie.node.p2p.peer.Enode;
import io.coterie.node.p2p.peer.P2pConfig;
import io.coterie.node.p2p.peer.PeerListener;
import io.coterie.node.p2p.peer.PeerManager;
import io.coterie.node.p2p.peer.PeerPermission;
import io.coterie.node.p2p.protocol.BlockSink;
import io.coterie.node.p2p.protocol.ChainHead;
import io.coterie.node.p2p.protocol.ChainView;
import io.coterie.node.p2p.protocol.ConsensusProtocol;
import io.coterie.node.p2p.protocol.GossipProtocol;
import io.coterie.node.p2p.protocol.TransactionBudget;
import io.coterie.node.p2p.protocol.TransactionSink;
import io.coterie.node.p2p.rlpx.Capability;
import io.coterie.node.types.Address;
import io.coterie.node.types.Block;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Bloom;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import io.coterie.node.types.Transaction;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * A real peer manager on 127.0.0.1 with the real cot/1 and qbft/1 protocols over an in-memory
 * chain: what a node wires, minus the store and the pool.
 */
public final class TestPeerNode implements AutoCloseable {
  public static final Hash GENESIS = Hash.keccak("coterie-p2p-test".getBytes());

  public final NodeKey key;
  public final PeerManager manager;
  public final GossipProtocol gossip;
  public final ConsensusProtocol consensus = new ConsensusProtocol();
  public final MemoryChain chain = new MemoryChain();
  public final List<Transaction> transactions = new CopyOnWriteArrayList<>();
  public final List<String> consensusMessages = new CopyOnWriteArrayList<>();
  public final List<PeerListener.PeerDisconnected> disconnects = new CopyOnWriteArrayList<>();
  public final List<PublicKey> connects = new CopyOnWriteArrayList<>();

  /** Names of the threads the sink was called on. */
  public final Set<String> sinkThreads = ConcurrentHashMap.newKeySet();

  /** While set, the sink waits for it before taking a transaction (a slow pool). */
  public volatile CountDownLatch holdSink;

  private TestPeerNode(
      NodeKey key, P2pConfig config, PeerPermission permission, TransactionBudget budget) {
    this.key = key;
    TransactionSink txSink =
        new TransactionSink() {
          @Override
          public boolean offer(Transaction tx, PublicKey from) {
            sinkThreads.add(Thread.currentThread().getName());
            CountDownLatch hold = holdSink;
            if (hold != null) {
              try {
                hold.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
              }
            }
            if (pooled(tx.hash()).isPresent()) {
              return false;
            }
            transactions.add(tx);
            return true;
          }

          @Override
          public Optional<Transaction> pooled(Hash hash) {
            return transactions.stream().filter(t -> t.hash().equals(hash)).findFirst();
          }
        };
    gossip = new GossipProtocol(chain, txSink, chain, Duration.ofSeconds(5), budget);
    consensus.subscribe(
        (sender, code, message) ->
            consensusMessages.add(sender.toHex() + ":" + code + ":" + new String(message)));
    manager = new PeerManager(config, key, List.of(gossip, consensus), permission);
    manager.addListener(
        new PeerListener() {
          @Override
          public void onConnected(PublicKey nodeId, List<Capability> capabilities) {
            connects.add(nodeId);
          }

          @Override
          public void onDisconnected(PeerDisconnected event) {
            disconnects.add(event);
          }
        });
    manager.start();
  }

  public static NodeKey newKey() {
    return new NodeKey(PrivateKey.random(new SecureRandom()));
  }

  public static P2pConfig config(int port) {
    return P2pConfig.defaults("127.0.0.1", port)
        .withTimers(Duration.ofMillis(200), Duration.ofSeconds(2), Duration.ofSeconds(3))
        .withBackoff(Duration.ofMillis(100), Duration.ofSeconds(1));
  }

  public static TestPeerNode start(List<Enode> staticNodes) {
    return start(newKey(), config(0).withStaticNodes(staticNodes), PeerPermission.ALL);
  }

  public static TestPeerNode start(NodeKey key, P2pConfig config, PeerPermission permission) {
    return start(key, config, permission, TransactionBudget.DEFAULTS);
  }

  public static TestPeerNode start(
      NodeKey key, P2pConfig config, PeerPermission permission, TransactionBudget budget) {
    return new TestPeerNode(key, config, permission, budget);
  }

  public Enode enode() {
    return manager.localEnode();
  }

  public Address address() {
    return Address.fromPublicKey(key.publicKey().toBytes());
  }

  @Override
  public void close() {
    manager.close();
  }

  /** Blocks in memory; accepts an announced block that extends the head. */
  public static final class MemoryChain implements ChainView, BlockSink {
    private final List<Block> blocks = new CopyOnWriteArrayList<>();
    private final Map<Hash, Block> byHash = new ConcurrentHashMap<>();

    @Override
    public Hash genesisHash() {
      return GENESIS;
    }

    @Override
    public synchronized ChainHead head() {
      return blocks.isEmpty()
          ? new ChainHead(0, GENESIS)
          : new ChainHead(blocks.size(), blocks.get(blocks.size() - 1).hash());
    }

    @Override
    public Optional<BlockHeader> headerByNumber(long number) {
      return number >= 1 && number <= blocks.size()
          ? Optional.of(blocks.get((int) number - 1).header())
          : Optional.empty();
    }

    @Override
    public Optional<List<Transaction>> bodyByHash(Hash blockHash) {
      return Optional.ofNullable(byHash.get(blockHash)).map(Block::transactions);
    }

    @Override
    public synchronized boolean offer(Block block, PublicKey from) {
      if (block.header().number() != blocks.size() + 1L) {
        return false;
      }
      append(block);
      return true;
    }

    public synchronized void append(Block block) {
      blocks.add(block);
      byHash.put(block.hash(), block);
    }

    public List<Block> blocks() {
      return new ArrayList<>(blocks);
    }
  }

  /** A block with the given number and transactions (contents need not be consistent here). */
  public static Block block(long number, List<Transaction> txs) {
    BlockHeader header =
        new BlockHeader(
            Hash.keccak(BigInteger.valueOf(number - 1).toByteArray()),
            Hash.EMPTY_LIST,
            Address.of(0xabc),
            Hash.keccak(new byte[] {2}),
            Hash.EMPTY_TRIE,
            Hash.EMPTY_TRIE,
            Bloom.EMPTY,
            BigInteger.ONE,
            number,
            30_000_000,
            21_000,
            1_700_000_000L + number,
            Bytes.fromHex("0xf869a0"),
            Hash.ZERO,
            Bytes.of(new byte[8]),
            BigInteger.valueOf(7));
    return new Block(header, txs);
  }
}
