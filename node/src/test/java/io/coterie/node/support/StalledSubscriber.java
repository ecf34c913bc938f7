package io.coterie.node.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * A WebSocket client that subscribes and then never reads again: its receive buffer is tiny, so the
 * server's notifications pile up on the server's side of the connection.
 */
public final class StalledSubscriber implements AutoCloseable {
  private final Socket socket;

  private StalledSubscriber(Socket socket) {
    this.socket = socket;
  }

  /** Opens the WebSocket, sends each {@code eth_subscribe} request, and stops reading. */
  public static StalledSubscriber subscribe(String localAddress, int port, List<String> requests)
      throws IOException {
    Socket socket = new Socket();
    socket.setReceiveBufferSize(1024);
    socket.bind(new InetSocketAddress(localAddress, 0));
    socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
    socket.setSoTimeout(5_000);
    String key = Base64.getEncoder().encodeToString("coterie-stalled!".getBytes());
    OutputStream out = socket.getOutputStream();
    out.write(
        ("GET / HTTP/1.1\r\nHost: 127.0.0.1:"
                + port
                + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
                + key
                + "\r\nSec-WebSocket-Version: 13\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    out.flush();
    InputStream in = socket.getInputStream();
    String status = readHeaders(in);
    if (!status.startsWith("HTTP/1.1 101")) {
      socket.close();
      throw new IOException("WebSocket upgrade refused: " + status);
    }
    for (String request : requests) {
      out.write(maskedTextFrame(request.getBytes(StandardCharsets.UTF_8)));
    }
    out.flush();
    return new StalledSubscriber(socket);
  }

  private static String readHeaders(InputStream in) throws IOException {
    StringBuilder text = new StringBuilder();
    while (!text.toString().endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("connection closed during the WebSocket handshake: " + text);
      }
      text.append((char) b);
    }
    return text.toString();
  }

  /** A client frame must be masked (RFC 6455 5.3); a zero mask keeps the payload readable. */
  static byte[] maskedTextFrame(byte[] payload) {
    int headerLength = payload.length < 126 ? 2 : 4;
    byte[] frame = new byte[headerLength + 4 + payload.length];
    frame[0] = (byte) 0x81;
    if (payload.length < 126) {
      frame[1] = (byte) (0x80 | payload.length);
    } else {
      frame[1] = (byte) (0x80 | 126);
      frame[2] = (byte) (payload.length >> 8);
      frame[3] = (byte) payload.length;
    }
    System.arraycopy(payload, 0, frame, headerLength + 4, payload.length);
    return frame;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
