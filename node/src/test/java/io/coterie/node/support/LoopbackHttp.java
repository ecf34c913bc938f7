package io.coterie.node.support;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A minimal HTTP/1.1 client over one keep-alive socket whose local address can be chosen: every
 * 127.x.y.z address reaches the loopback interface, so tests can play several remote hosts. It
 * reconnects when the server has closed the connection.
 */
public final class LoopbackHttp implements AutoCloseable {
  private final String localAddress;
  private final int port;
  private final int timeoutMillis;
  private Socket socket;

  public LoopbackHttp(String localAddress, int port, Duration timeout) {
    this.localAddress = localAddress;
    this.port = port;
    this.timeoutMillis = Math.toIntExact(timeout.toMillis());
  }

  /** A response: status, headers by lower-case name, body. */
  public record Response(int status, Map<String, String> headers, String body) {}

  /** POSTs a JSON body; a connection the server closed is reopened first. */
  public Response post(String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    String head =
        "POST / HTTP/1.1\r\nHost: 127.0.0.1:"
            + port
            + "\r\nContent-Type: application/json\r\nContent-Length: "
            + body.length
            + "\r\n\r\n";
    Socket current = open();
    try {
      OutputStream out = current.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      Response response = read(current.getInputStream());
      if ("close".equalsIgnoreCase(response.headers().get("connection"))) {
        close();
      }
      return response;
    } catch (IOException e) {
      close();
      throw e;
    }
  }

  /** Opens a socket from the local address (no request), for tests that hold connections. */
  public static Socket connect(String localAddress, int port, Duration timeout) throws IOException {
    Socket socket = new Socket();
    socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
    socket.connect(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), port),
        Math.toIntExact(timeout.toMillis()));
    socket.setSoTimeout(Math.toIntExact(timeout.toMillis()));
    return socket;
  }

  private Socket open() throws IOException {
    if (socket == null || socket.isClosed()) {
      socket = connect(localAddress, port, Duration.ofMillis(timeoutMillis));
    }
    return socket;
  }

  /** Reads one response with a Content-Length body (what the node sends). */
  public static Response read(InputStream in) throws IOException {
    String statusLine = line(in);
    String[] parts = statusLine.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
      throw new IOException("not an HTTP response: " + statusLine);
    }
    Map<String, String> headers = new TreeMap<>();
    for (String header = line(in); !header.isEmpty(); header = line(in)) {
      int colon = header.indexOf(':');
      headers.put(
          header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
          header.substring(colon + 1).trim());
    }
    int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
    byte[] body = in.readNBytes(length);
    if (body.length < length) {
      throw new EOFException("connection closed after " + body.length + " of " + length + " bytes");
    }
    return new Response(
        Integer.parseInt(parts[1]), headers, new String(body, StandardCharsets.UTF_8));
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != '\n') {
      if (b < 0) {
        throw new EOFException("connection closed by the server");
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.US_ASCII);
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        // closing a socket the server already dropped
      }
      socket = null;
    }
  }
}
