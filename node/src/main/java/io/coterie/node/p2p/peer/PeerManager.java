package io.coterie.node.p2p.peer;

import io.coterie.node.crypto.NodeKey;
import io.coterie.node.crypto.PublicKey;
import io.coterie.node.p2p.protocol.SubProtocol;
import io.coterie.node.p2p.rlpx.DisconnectReason;
import io.coterie.node.p2p.rlpx.HandshakeHandler;
import io.coterie.node.p2p.rlpx.Hello;
import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the node's RLPx connections: listens, dials static nodes (forever, with backoff) and
 * bootnodes, admits at most one connection per node id and at most {@code maxPeers} peers, and
 * tells listeners and sub-protocols when peers come and go. Inbound connections still in their
 * handshake are bounded ({@link PendingConnections}); a peer disconnected for misconduct is refused
 * and not redialled until its ban ends ({@link PeerConduct}). When two nodes dial each other at
 * once, both keep the connection dialled by the node with the smaller id.
 */
public final class PeerManager implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PeerManager.class);

  private final P2pConfig config;
  private final NodeKey nodeKey;
  private final List<SubProtocol> protocols;
  private final PeerPermission permission;
  private final SecureRandom random = new SecureRandom();
  private final P2pMetrics metrics = new P2pMetrics();
  private final PeerConduct conduct;
  private final PendingConnections pending;
  private final List<PeerListener> listeners = new CopyOnWriteArrayList<>();
  private final Map<PublicKey, PeerSession> active = new ConcurrentHashMap<>();
  private final StaticDialer dialer;
  private final EventLoopGroup group;
  private Channel server;
  private volatile boolean running;

  public PeerManager(
      P2pConfig config, NodeKey nodeKey, List<SubProtocol> protocols, PeerPermission permission) {
    this.config = config;
    this.nodeKey = nodeKey;
    this.protocols = List.copyOf(protocols);
    this.permission = permission;
    this.conduct = new PeerConduct(config.limits(), System::nanoTime);
    this.pending = new PendingConnections(config.limits(), metrics);
    this.group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    this.dialer = new StaticDialer(this, config, group);
  }

  /** Binds the listener and starts dialling; returns once the port is bound. */
  public void start() {
    running = true;
    server =
        new ServerBootstrap()
            .group(group)
            .channel(NioServerSocketChannel.class)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childHandler(initializer(null))
            .bind(config.host(), config.port())
            .syncUninterruptibly()
            .channel();
    LOG.info("P2P listening enode={}", localEnode());
    config.staticNodes().forEach(dialer::addStatic);
    config.bootnodes().forEach(dialer::addBootnode);
  }

  public void addListener(PeerListener listener) {
    listeners.add(listener);
  }

  public InetSocketAddress localAddress() {
    return (InetSocketAddress) server.localAddress();
  }

  public Enode localEnode() {
    return new Enode(nodeKey.publicKey(), config.host(), localAddress().getPort());
  }

  /** Adds a static node (dialled now and redialled forever); false if it already was one. */
  public boolean addPeer(Enode enode) {
    return dialer.addStatic(enode);
  }

  /** Forgets a static node and disconnects it; false if it was neither static nor connected. */
  public boolean removePeer(Enode enode) {
    boolean wasStatic = dialer.removeStatic(enode.nodeId());
    PeerSession session = active.get(enode.nodeId());
    if (session != null) {
      session.disconnect(DisconnectReason.REQUESTED);
    }
    return wasStatic || session != null;
  }

  /**
   * Disconnects a connected peer (for example one that served invalid blocks); a static node is
   * redialled with backoff. False when it was not connected.
   */
  public boolean disconnect(PublicKey nodeId, DisconnectReason reason) {
    PeerSession session = active.get(nodeId);
    if (session == null) {
      return false;
    }
    session.disconnect(reason);
    return true;
  }

  public List<PeerInfo> peers() {
    List<PeerInfo> infos = new ArrayList<>();
    for (PeerSession s : active.values()) {
      Hello hello = s.remoteHello();
      InetSocketAddress remote = s.remoteAddress();
      infos.add(
          new PeerInfo(
              s.nodeId().toHex(),
              hello.clientId(),
              s.capabilities().stream().map(Object::toString).toList(),
              hostPort(s.localAddress()),
              hostPort(remote),
              !s.initiator(),
              new Enode(s.nodeId(), remote.getAddress().getHostAddress(), hello.listenPort())
                  .toString()));
    }
    return infos;
  }

  public int peerCount() {
    return active.size();
  }

  public boolean isConnected(PublicKey nodeId) {
    return active.containsKey(nodeId);
  }

  public P2pMetrics metrics() {
    return metrics;
  }

  /** Disconnects peers the permission no longer allows (after an allowlist change). */
  public void enforcePermissions() {
    for (PeerSession s : active.values()) {
      if (!permission.permits(s.nodeId())) {
        metrics.notPermitted.incrementAndGet();
        s.disconnect(DisconnectReason.USELESS_PEER);
      }
    }
  }

  @Override
  public void close() {
    running = false;
    dialer.stop();
    for (PeerSession s : active.values()) {
      s.disconnect(DisconnectReason.CLIENT_QUITTING);
    }
    if (server != null) {
      server.close().syncUninterruptibly();
    }
    group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    protocols.forEach(SubProtocol::close);
  }

  void dial(Enode enode, java.util.function.Consumer<Boolean> onConnect) {
    if (!running) {
      onConnect.accept(true);
      return;
    }
    new Bootstrap()
        .group(group)
        .channel(NioSocketChannel.class)
        .option(ChannelOption.TCP_NODELAY, true)
        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 5_000)
        .handler(initializer(enode.nodeId()))
        .connect(enode.host(), enode.port())
        .addListener(f -> onConnect.accept(f.isSuccess()));
  }

  private ChannelInitializer<SocketChannel> initializer(PublicKey dialled) {
    return new ChannelInitializer<>() {
      @Override
      protected void initChannel(SocketChannel ch) {
        if (dialled == null) {
          pending.add(ch);
        }
        HandshakeHandler handshake =
            dialled == null
                ? HandshakeHandler.recipient(nodeKey, random, config.maxMessageSize())
                : HandshakeHandler.initiator(nodeKey, dialled, random, config.maxMessageSize());
        ch.pipeline()
            .addLast("rlpx-handshake", handshake)
            .addLast("peer", new PeerSession(PeerManager.this, dialled, config));
      }
    };
  }

  /** Registers a session whose Hello arrived; returns why it is refused, or null. */
  synchronized DisconnectReason admit(PeerSession session) {
    if (!running) {
      return DisconnectReason.CLIENT_QUITTING;
    }
    PublicKey id = session.nodeId();
    PeerSession existing = active.get(id);
    if (existing != null) {
      metrics.duplicateConnections.incrementAndGet();
      if (preferred(session) && !preferred(existing)) {
        active.remove(id);
        existing.deactivate();
        notifyDisconnected(existing, DisconnectReason.ALREADY_CONNECTED, false);
        existing.disconnect(DisconnectReason.ALREADY_CONNECTED);
      } else {
        return DisconnectReason.ALREADY_CONNECTED;
      }
    } else if (active.size() >= config.maxPeers() && !dialer.isStatic(id)) {
      return DisconnectReason.TOO_MANY_PEERS;
    }
    active.put(id, session);
    session.activate();
    dialer.connected(id);
    LOG.info(
        "Peer connected node={} inbound={} caps={}",
        session.shortId(),
        !session.initiator(),
        session.capabilities());
    listeners.forEach(l -> l.onConnected(id, session.capabilities()));
    return null;
  }

  /** The connection dialled by the smaller node id wins a simultaneous dial on both sides. */
  private boolean preferred(PeerSession session) {
    boolean localSmaller =
        Arrays.compareUnsigned(nodeKey.publicKey().toBytes(), session.nodeId().toBytes()) < 0;
    return session.initiator() == localSmaller;
  }

  void onClosed(PeerSession session) {
    PublicKey id = session.nodeId() != null ? session.nodeId() : session.dialled();
    if (id == null) {
      return;
    }
    boolean wasActive;
    synchronized (this) {
      wasActive = active.remove(id, session);
      if (wasActive) {
        session.deactivate();
      }
    }
    if (session.nodeId() != null && (wasActive || !session.isActive())) {
      DisconnectReason reason = session.reason();
      if (wasActive) {
        LOG.info(
            "Peer disconnected node={} reason={} byRemote={}",
            session.shortId(),
            reason,
            session.reasonFromRemote());
      }
      notifyDisconnected(session, reason, session.reasonFromRemote(), wasActive);
    }
    if (running && !active.containsKey(id)) {
      dialer.disconnected(id);
    }
  }

  private void notifyDisconnected(PeerSession s, DisconnectReason reason, boolean byRemote) {
    notifyDisconnected(s, reason, byRemote, true);
  }

  private void notifyDisconnected(
      PeerSession s, DisconnectReason reason, boolean byRemote, boolean wasActive) {
    var event = new PeerListener.PeerDisconnected(s.nodeId(), reason, byRemote, wasActive);
    listeners.forEach(l -> l.onDisconnected(event));
  }

  PeerConduct conduct() {
    return conduct;
  }

  /** How long a peer is still banned for misconduct; zero when it is not. */
  public Duration banRemaining(PublicKey nodeId) {
    return conduct.banOf(nodeId).map(PeerConduct.Ban::remaining).orElse(Duration.ZERO);
  }

  void helloDone(Channel channel) {
    pending.done(channel);
  }

  PublicKey localNodeId() {
    return nodeKey.publicKey();
  }

  PeerPermission permission() {
    return permission;
  }

  List<SubProtocol> protocols() {
    return protocols;
  }

  Hello localHello() {
    return new Hello(
        Hello.PROTOCOL_VERSION,
        config.clientId(),
        protocols.stream().map(SubProtocol::capability).toList(),
        localAddress().getPort(),
        nodeKey.publicKey());
  }

  private static String hostPort(InetSocketAddress address) {
    return address.getAddress().getHostAddress() + ":" + address.getPort();
  }
}
