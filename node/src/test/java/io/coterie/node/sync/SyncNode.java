package io.coterie.node.sync;

import io.coterie.node.app.ChainAccess;
import io.coterie.node.crypto.NodeKey;
import io.coterie.node.crypto.PrivateKey;
import io.coterie.node.crypto.PublicKey;
import io.coterie.node.p2p.peer.Enode;
import io.coterie.node.p2p.peer.P2pConfig;
import io.coterie.node.p2p.peer.PeerManager;
import io.coterie.node.p2p.peer.PeerPermission;
import io.coterie.node.p2p.protocol.DeferredBlockSink;
import io.coterie.node.p2p.protocol.GossipProtocol;
import io.coterie.node.p2p.rlpx.DisconnectReason;
import io.coterie.node.types.BlockHeader;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A node as far as sync goes: a real chain in RocksDB, the real {@code cot/1} protocol serving it
 * through a real peer manager on 127.0.0.1, and (when started) a synchroniser importing into it.
 */
final class SyncNode implements AutoCloseable {
  final ChainAccess access;
  final GossipProtocol gossip;
  final PeerManager manager;
  final List<String> penalties = new CopyOnWriteArrayList<>();
  volatile BlockSynchronizer sync;
  private final DeferredBlockSink blocks = new DeferredBlockSink();

  private SyncNode(ChainAccess access, NodeKey key, List<Enode> staticNodes) {
    this.access = access;
    this.gossip =
        new GossipProtocol(
            new ChainReaderView(access.chain()),
            (tx, from) -> false,
            blocks,
            Duration.ofSeconds(5));
    P2pConfig config =
        P2pConfig.defaults("127.0.0.1", 0)
            .withStaticNodes(staticNodes)
            .withBackoff(Duration.ofMillis(100), Duration.ofSeconds(1));
    this.manager = new PeerManager(config, key, List.of(gossip), PeerPermission.ALL);
    manager.start();
  }

  static SyncNode open(Path dir, List<Enode> staticNodes) {
    return open(dir, newKey(), staticNodes);
  }

  static SyncNode open(Path dir, NodeKey key, List<Enode> staticNodes) {
    return new SyncNode(ChainAccess.open(dir, SealedChainBuilder.spec()), key, staticNodes);
  }

  static NodeKey newKey() {
    return new NodeKey(PrivateKey.random(new SecureRandom()));
  }

  SyncNode startSync(SyncPeers peers, SyncConfig config) {
    sync =
        new BlockSynchronizer(
            access.chain(),
            access.executor(),
            access.importer(),
            SealedChainBuilder.spec().qbft().epochLength(),
            peers,
            (peer, reason) -> {
              penalties.add(reason);
              manager.disconnect(peer, DisconnectReason.SUBPROTOCOL_ERROR);
            },
            config);
    manager.addListener(sync);
    blocks.connect(sync);
    sync.start();
    return this;
  }

  SyncNode startSync() {
    return startSync(
        new GossipSyncPeers(gossip),
        SyncConfig.defaults().withPollInterval(Duration.ofMillis(100)));
  }

  Enode enode() {
    return manager.localEnode();
  }

  PublicKey nodeId() {
    return enode().nodeId();
  }

  long head() {
    return access.chain().head().number();
  }

  BlockHeader header(long number) {
    return access.chain().headerByNumber(number).orElseThrow();
  }

  @Override
  public void close() {
    if (sync != null) {
      sync.stop();
    }
    manager.close();
    access.close();
  }
}
