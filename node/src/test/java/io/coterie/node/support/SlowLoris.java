package io.coterie.node.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A slowloris attacker: holds {@code perAddress} sockets from each of several loopback addresses,
 * each of which sent a partial request and then trickles one more header byte a second, so a read
 * timeout that every byte resets never fires. A socket the server closes (or refuses) is reopened
 * on the next tick, keeping the pressure on.
 */
public final class SlowLoris implements AutoCloseable {
  private static final byte[] PARTIAL =
      ("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
              + "Content-Length: 4096\r\nX-Slow: ")
          .getBytes(StandardCharsets.US_ASCII);

  private final int port;
  private final List<String> addresses;
  private final int perAddress;
  private final List<SocketChannel> sockets = new ArrayList<>();
  private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
  private final AtomicLong opened = new AtomicLong();
  private final AtomicLong closedByServer = new AtomicLong();

  public SlowLoris(int port, List<String> addresses, int perAddress) {
    this.port = port;
    this.addresses = List.copyOf(addresses);
    this.perAddress = perAddress;
  }

  public SlowLoris start() {
    for (int i = 0; i < addresses.size() * perAddress; i++) {
      sockets.add(null);
    }
    ticker.scheduleWithFixedDelay(this::tick, 0, 1, TimeUnit.SECONDS);
    return this;
  }

  /** Sockets opened so far, reopened ones included. */
  public long opened() {
    return opened.get();
  }

  /** Sockets the server closed or refused. */
  public long closedByServer() {
    return closedByServer.get();
  }

  /** Sockets open now. */
  public synchronized long open() {
    return sockets.stream().filter(s -> s != null && s.isOpen()).count();
  }

  private synchronized void tick() {
    for (int i = 0; i < sockets.size(); i++) {
      SocketChannel socket = sockets.get(i);
      if (socket != null && !alive(socket)) {
        closedByServer.incrementAndGet();
        closeQuietly(socket);
        socket = null;
      }
      if (socket == null) {
        sockets.set(i, connect(addresses.get(i / perAddress)));
      } else {
        trickle(socket);
      }
    }
  }

  private SocketChannel connect(String local) {
    try {
      SocketChannel channel = SocketChannel.open();
      channel.bind(new InetSocketAddress(InetAddress.getByName(local), 0));
      channel.socket().connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
      channel.write(ByteBuffer.wrap(PARTIAL));
      channel.configureBlocking(false);
      opened.incrementAndGet();
      return channel;
    } catch (IOException e) {
      closedByServer.incrementAndGet();
      return null;
    }
  }

  /** False once the server has closed the socket (end of stream or a reset). */
  private static boolean alive(SocketChannel socket) {
    try {
      ByteBuffer sink = ByteBuffer.allocate(1024);
      int read;
      while ((read = socket.read(sink)) > 0) {
        sink.clear();
      }
      return read == 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static void trickle(SocketChannel socket) {
    try {
      socket.write(ByteBuffer.wrap(new byte[] {'a'}));
    } catch (IOException e) {
      closeQuietly(socket);
    }
  }

  private static void closeQuietly(SocketChannel socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // already gone
    }
  }

  @Override
  public synchronized void close() {
    ticker.shutdownNow();
    sockets.stream().filter(s -> s != null).forEach(SlowLoris::closeQuietly);
  }
}
