package io.coterie.node.p2p.rlpx;

import io.coterie.node.crypto.NodeKey;
import io.coterie.node.p2p.peer.Enode;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;

/**
 * A blocking RLPx client for tests that need to misbehave: real handshake and framing, then
 * whatever bytes the test wants to send.
 */
public final class RawRlpxClient implements AutoCloseable {
  private final Socket socket;
  private final DataInputStream in;
  private final OutputStream out;
  private final FrameCipher cipher;
  private final NodeKey key;

  public RawRlpxClient(NodeKey key, Enode target) throws IOException {
    this.key = key;
    socket = new Socket(target.host(), target.port());
    socket.setSoTimeout(10_000);
    in = new DataInputStream(socket.getInputStream());
    out = socket.getOutputStream();
    InitiatorHandshake handshake = new InitiatorHandshake(key, target.nodeId(), new SecureRandom());
    out.write(handshake.authWire());
    byte[] prefix = in.readNBytes(2);
    byte[] rest = in.readNBytes(HandshakeCodec.eip8Length(prefix) - 2);
    byte[] ack = Arrays.copyOf(prefix, prefix.length + rest.length);
    System.arraycopy(rest, 0, ack, 2, rest.length);
    cipher = new FrameCipher(handshake.onAck(ack));
  }

  /** Sends our Hello (version 5, the given capabilities) and reads the node's Hello. */
  public Hello hello(List<Capability> caps, int listenPort) throws IOException {
    sendFrame(
        BaseMessages.HELLO,
        BaseMessages.encodeHello(
            new Hello(Hello.PROTOCOL_VERSION, "raw", caps, listenPort, key.publicKey())));
    RlpxMessage first = readMessage();
    return BaseMessages.decodeHello(first.payload().toArray());
  }

  public void sendFrame(int code, byte[] payload) throws IOException {
    byte[] id =
        io.coterie.node.rlp.RlpWriter.encodeBytes(io.coterie.node.rlp.RlpWriter.minimalBytes(code));
    byte[] data = Arrays.copyOf(id, id.length + payload.length);
    System.arraycopy(payload, 0, data, id.length, payload.length);
    out.write(cipher.encrypt(data));
    out.flush();
  }

  /** Writes bytes as they are, bypassing framing. */
  public void sendRaw(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  public RlpxMessage readMessage() throws IOException {
    byte[] header = in.readNBytes(FrameCipher.HEADER_SIZE);
    if (header.length < FrameCipher.HEADER_SIZE) {
      throw new IOException("connection closed");
    }
    int size = cipher.decryptHeader(header);
    byte[] body = in.readNBytes(FrameCipher.bodyLength(size));
    byte[] data = cipher.decryptBody(body, size);
    io.coterie.node.rlp.RlpReader reader = new io.coterie.node.rlp.RlpReader(data);
    byte[] idRaw = reader.readRaw();
    int code = (int) new io.coterie.node.rlp.RlpReader(idRaw).readLong();
    return new RlpxMessage(
        code, io.coterie.node.types.Bytes.of(Arrays.copyOfRange(data, idRaw.length, data.length)));
  }

  /** Reads until the node's Disconnect (compressed, after Hello) and returns its reason. */
  public DisconnectReason awaitDisconnect() throws IOException {
    while (true) {
      RlpxMessage m = readMessage();
      if (m.code() == BaseMessages.DISCONNECT) {
        return BaseMessages.decodeDisconnect(
            MessageCompression.decompress(m.payload().toArray(), 1024));
      }
    }
  }

  /**
   * Sends our Hello and returns the node's answer: its Hello, or the reason of the Disconnect it
   * sent instead (uncompressed, since no Hello was exchanged), e.g. for a banned peer.
   */
  public java.util.Optional<DisconnectReason> helloRefusal(List<Capability> caps, int listenPort)
      throws IOException {
    sendFrame(
        BaseMessages.HELLO,
        BaseMessages.encodeHello(
            new Hello(Hello.PROTOCOL_VERSION, "raw", caps, listenPort, key.publicKey())));
    RlpxMessage first = readMessage();
    if (first.code() == BaseMessages.DISCONNECT) {
      return java.util.Optional.of(BaseMessages.decodeDisconnect(first.payload().toArray()));
    }
    BaseMessages.decodeHello(first.payload().toArray());
    return java.util.Optional.empty();
  }

  /** True once the node closed the socket. */
  public boolean closedByPeer() {
    try {
      return in.read() < 0;
    } catch (IOException e) {
      return true;
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
