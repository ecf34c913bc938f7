package io.coterie.node.p2p.peer;

import io.coterie.node.crypto.PublicKey;
import io.coterie.node.p2p.protocol.Offence;
import io.coterie.node.p2p.protocol.PeerLink;
import io.coterie.node.p2p.protocol.SubProtocol;
import io.coterie.node.p2p.rlpx.BaseMessages;
import io.coterie.node.p2p.rlpx.Capability;
import io.coterie.node.p2p.rlpx.DisconnectReason;
import io.coterie.node.p2p.rlpx.HandshakeCompleted;
import io.coterie.node.p2p.rlpx.HandshakeException;
import io.coterie.node.p2p.rlpx.Hello;
import io.coterie.node.p2p.rlpx.MessageCompression;
import io.coterie.node.p2p.rlpx.MessageTooLargeException;
import io.coterie.node.p2p.rlpx.RlpxMessage;
import io.coterie.node.rlp.RlpException;
import io.coterie.node.types.Bytes;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The base protocol on one connection: Hello and capability negotiation, Ping/Pong, Disconnect,
 * size limits and dispatch to sub-protocols. Bad input disconnects with PROTOCOL_BREACH, is counted
 * and bans the peer for a while ({@link PeerConduct}); it never reaches beyond this connection.
 * Sub-protocols report subtler misbehaviour through {@link #penalise}.
 */
final class PeerSession extends ChannelInboundHandlerAdapter implements PeerLink {
  private static final Logger LOG = LoggerFactory.getLogger(PeerSession.class);

  private final PeerManager manager;
  private final boolean initiator;
  private final PublicKey dialled;
  private final P2pConfig config;
  private Channel channel;
  private volatile PublicKey nodeId;
  private volatile Hello remoteHello;
  private volatile List<ProtocolSlots.Slot> slots = List.of();
  private volatile boolean compress;
  private volatile boolean active;
  private volatile boolean closing;
  private volatile DisconnectReason reason = DisconnectReason.TCP_ERROR;
  private volatile boolean reasonFromRemote;
  private final PeerKeepAlive keepAlive;

  /** {@code dialled} is the node id this side dialled, or null for an inbound connection. */
  PeerSession(PeerManager manager, PublicKey dialled, P2pConfig config) {
    this.manager = manager;
    this.initiator = dialled != null;
    this.dialled = dialled;
    this.config = config;
    this.keepAlive =
        new PeerKeepAlive(
            config.pongTimeout(),
            () -> {
              if (!closing) {
                write(BaseMessages.PING, BaseMessages.emptyList());
              }
            },
            () -> {
              if (!closing) {
                manager.metrics().timeouts.incrementAndGet();
                disconnect(DisconnectReason.TIMEOUT);
              }
            });
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) throws Exception {
    channel = ctx.channel();
    long helloMillis = config.helloTimeout().toMillis();
    ctx.executor()
        .schedule(
            () -> {
              if (!active && channel.isActive()) {
                manager.metrics().timeouts.incrementAndGet();
                disconnect(DisconnectReason.TIMEOUT);
              }
            },
            helloMillis,
            TimeUnit.MILLISECONDS);
    super.channelActive(ctx);
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
    if (event instanceof HandshakeCompleted done) {
      nodeId = done.remoteNodeId();
      if (nodeId.equals(manager.localNodeId())) {
        disconnect(DisconnectReason.SAME_IDENTITY);
      } else if (!manager.permission().permits(nodeId)) {
        manager.metrics().notPermitted.incrementAndGet();
        LOG.info("Refused peer not on the node allowlist node={}", shortId());
        disconnect(DisconnectReason.USELESS_PEER);
      } else if (!refusedAsBanned()) {
        write(BaseMessages.HELLO, BaseMessages.encodeHello(manager.localHello()));
      }
      return;
    }
    super.userEventTriggered(ctx, event);
  }

  private boolean refusedAsBanned() {
    Optional<PeerConduct.Ban> ban = manager.conduct().banOf(nodeId);
    if (ban.isEmpty()) {
      return false;
    }
    manager.metrics().bannedRefused.incrementAndGet();
    LOG.debug(
        "Refused banned peer node={} reason={} remainingMs={}",
        shortId(),
        ban.get().reason(),
        ban.get().remaining().toMillis());
    disconnect(ban.get().reason());
    return true;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (closing || !(msg instanceof RlpxMessage message)) {
      return;
    }
    try {
      dispatch(message);
    } catch (RlpException | HandshakeException | IllegalArgumentException e) {
      breach("malformed message id=" + message.code() + ": " + e.getMessage());
    } catch (MessageTooLargeException e) {
      manager.metrics().oversizedMessages.incrementAndGet();
      breach(e.getMessage());
    } catch (RuntimeException e) {
      // A sub-protocol tripping over a peer's input must cost that peer, never the node.
      LOG.warn("Message handling failed node={} id={}", shortId(), message.code(), e);
      breach(e.toString());
    }
  }

  private void dispatch(RlpxMessage message) {
    int code = message.code();
    byte[] raw = message.payload().toArray();
    if (code < BaseMessages.FIRST_SUBPROTOCOL_ID) {
      byte[] payload = MessageCompression.received(raw, compress, BaseMessages.MAX_SIZE);
      switch (code) {
        case BaseMessages.HELLO -> onHello(payload);
        case BaseMessages.DISCONNECT -> onDisconnect(payload);
        case BaseMessages.PING -> requireHello().write(BaseMessages.PONG, BaseMessages.emptyList());
        case BaseMessages.PONG -> {
          requireHello().keepAlive.onPong();
          manager.metrics().pongsReceived.incrementAndGet();
        }
        default -> throw new IllegalArgumentException("unknown base protocol message id " + code);
      }
      return;
    }
    requireHello();
    ProtocolSlots.Slot slot =
        ProtocolSlots.byMessageId(slots, code)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no negotiated capability has message id " + code));
    int local = code - slot.offset();
    byte[] payload =
        MessageCompression.received(raw, compress, slot.protocol().maxMessageSize(local));
    if (active) {
      slot.protocol().handle(this, local, payload);
    }
  }

  private PeerSession requireHello() {
    if (remoteHello == null) {
      throw new IllegalArgumentException("a message other than Hello arrived before Hello");
    }
    return this;
  }

  private void onHello(byte[] payload) {
    if (remoteHello != null) {
      throw new IllegalArgumentException("a second Hello");
    }
    Hello hello = BaseMessages.decodeHello(payload);
    remoteHello = hello;
    compress = hello.protocolVersion() >= Hello.PROTOCOL_VERSION;
    if (hello.protocolVersion() < 4) {
      disconnect(DisconnectReason.INCOMPATIBLE_VERSION);
      return;
    }
    if (!hello.nodeId().equals(nodeId)) {
      disconnect(DisconnectReason.UNEXPECTED_IDENTITY);
      return;
    }
    slots = ProtocolSlots.negotiate(manager.protocols(), hello.capabilities());
    if (slots.isEmpty()) {
      disconnect(DisconnectReason.USELESS_PEER);
      return;
    }
    DisconnectReason refusal = manager.admit(this);
    if (refusal != null) {
      disconnect(refusal);
      return;
    }
    keepAlive.start(channel.eventLoop(), config.pingInterval());
  }

  /** Called by the manager once the peer is registered; sub-protocols hear of it here. */
  void activate() {
    active = true;
    manager.helloDone(channel);
    for (ProtocolSlots.Slot slot : slots) {
      slot.protocol().onPeerConnected(this);
    }
  }

  private void onDisconnect(byte[] payload) {
    reason = BaseMessages.decodeDisconnect(payload);
    reasonFromRemote = true;
    closing = true;
    LOG.debug("Peer disconnected node={} reason={}", shortId(), reason);
    channel.close();
  }

  private void breach(String why) {
    if (closing) {
      return;
    }
    manager.metrics().protocolBreaches.incrementAndGet();
    LOG.info("Protocol breach node={} why={}", shortId(), why);
    penalise(Offence.MALFORMED, why);
  }

  @Override
  public void penalise(Offence offence, String why) {
    PublicKey id = nodeId;
    if (closing || id == null) {
      return;
    }
    manager.metrics().penalties.incrementAndGet();
    if (!manager.conduct().score(id, offence)) {
      LOG.debug("Peer penalised node={} offence={} why={}", shortId(), offence, why);
      return;
    }
    DisconnectReason reason = offence.disconnectReason();
    Duration ban = manager.conduct().ban(id, reason);
    manager.metrics().misconductDisconnects.incrementAndGet();
    LOG.info(
        "Disconnecting misbehaving peer node={} offence={} reason={} bannedForMs={} why={}",
        shortId(),
        offence,
        reason,
        ban.toMillis(),
        why);
    disconnect(reason);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (closing) {
      return;
    }
    Throwable root =
        cause instanceof DecoderException && cause.getCause() != null ? cause.getCause() : cause;
    if (root instanceof IOException) {
      closing = true;
      ctx.close();
    } else if (nodeId == null) {
      manager.metrics().handshakeFailures.incrementAndGet();
      LOG.debug(
          "Handshake failed remote={} why={}", ctx.channel().remoteAddress(), root.toString());
      ctx.close();
    } else if (root instanceof MessageTooLargeException) {
      manager.metrics().oversizedMessages.incrementAndGet();
      breach(root.getMessage());
    } else {
      breach(root.toString());
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    closing = true;
    keepAlive.stop();
    manager.onClosed(this);
  }

  void deactivate() {
    if (active) {
      active = false;
      for (ProtocolSlots.Slot slot : slots) {
        slot.protocol().onPeerDisconnected(this);
      }
    }
  }

  private ChannelFuture write(int code, byte[] payload) {
    byte[] wire = compress ? MessageCompression.compress(payload) : payload;
    return channel.writeAndFlush(new RlpxMessage(code, Bytes.of(wire)));
  }

  @Override
  public boolean send(Capability capability, int code, byte[] payload) {
    if (!active || closing) {
      return false;
    }
    for (ProtocolSlots.Slot slot : slots) {
      SubProtocol protocol = slot.protocol();
      if (protocol.capability().equals(capability)) {
        if (code < 0 || code >= protocol.messageCount()) {
          throw new IllegalArgumentException(capability + " has no message code " + code);
        }
        if (payload.length > Math.min(protocol.maxMessageSize(code), config.maxMessageSize())) {
          manager.metrics().oversizedMessages.incrementAndGet();
          LOG.warn(
              "Not sending oversized message cap={} code={} bytes={}",
              capability,
              code,
              payload.length);
          return false;
        }
        write(slot.offset() + code, payload);
        return true;
      }
    }
    return false;
  }

  @Override
  public void disconnect(DisconnectReason why) {
    if (closing || channel == null) {
      return;
    }
    closing = true;
    reason = why;
    reasonFromRemote = false;
    if (nodeId == null) {
      channel.close();
      return;
    }
    write(BaseMessages.DISCONNECT, BaseMessages.encodeDisconnect(why))
        .addListener(ChannelFutureListener.CLOSE);
  }

  @Override
  public PublicKey nodeId() {
    return nodeId;
  }

  @Override
  public List<Capability> capabilities() {
    return ProtocolSlots.capabilities(slots);
  }

  boolean initiator() {
    return initiator;
  }

  PublicKey dialled() {
    return dialled;
  }

  boolean isActive() {
    return active;
  }

  Hello remoteHello() {
    return remoteHello;
  }

  DisconnectReason reason() {
    return reason;
  }

  boolean reasonFromRemote() {
    return reasonFromRemote;
  }

  InetSocketAddress remoteAddress() {
    return (InetSocketAddress) channel.remoteAddress();
  }

  InetSocketAddress localAddress() {
    return (InetSocketAddress) channel.localAddress();
  }

  String shortId() {
    return nodeId == null ? "?" : nodeId.toHex().substring(2, 10);
  }
}
