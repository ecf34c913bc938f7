package io.coterie.node.p2p.rlpx;

import io.coterie.node.crypto.PublicKey;
import io.coterie.node.rlp.RlpException;
import io.coterie.node.rlp.RlpReader;
import io.coterie.node.rlp.RlpWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The devp2p base protocol, message ids 0x00-0x0f: Hello {@code [version, clientId, [[name,
 * version]...], listenPort, nodeId, ...]}, Disconnect {@code [reason]}, Ping {@code []}, Pong
 * {@code []}. Sub-protocols start at {@link #FIRST_SUBPROTOCOL_ID}.
 */
public final class BaseMessages {
  public static final int HELLO = 0x00;
  public static final int DISCONNECT = 0x01;
  public static final int PING = 0x02;
  public static final int PONG = 0x03;
  public static final int FIRST_SUBPROTOCOL_ID = 0x10;

  /** Largest base-protocol message accepted (a Hello with many capabilities fits easily). */
  public static final int MAX_SIZE = 16 * 1024;

  private static final byte[] EMPTY_LIST = {(byte) 0xc0};

  private BaseMessages() {}

  public static byte[] encodeHello(Hello hello) {
    RlpWriter out =
        new RlpWriter()
            .startList()
            .writeLong(hello.protocolVersion())
            .writeBytes(hello.clientId().getBytes(StandardCharsets.UTF_8))
            .startList();
    for (Capability cap : hello.capabilities()) {
      out.startList()
          .writeBytes(cap.name().getBytes(StandardCharsets.US_ASCII))
          .writeLong(cap.version())
          .endList();
    }
    return out.endList()
        .writeLong(hello.listenPort())
        .writeBytes(hello.nodeId().toBytes())
        .endList()
        .toByteArray();
  }

  /** Decodes a Hello, ignoring list elements a later version may add. */
  public static Hello decodeHello(byte[] payload) {
    try {
      RlpReader list = new RlpReader(payload).enterList();
      long version = list.readLong();
      String clientId = new String(list.readBytes(), StandardCharsets.UTF_8);
      RlpReader caps = list.enterList();
      List<Capability> capabilities = new ArrayList<>();
      while (caps.hasNext()) {
        RlpReader cap = caps.enterList();
        String name = new String(cap.readBytes(), StandardCharsets.US_ASCII);
        long capVersion = cap.readLong();
        if (capVersion > Integer.MAX_VALUE) {
          throw new RlpException("capability version " + capVersion + " is too large");
        }
        capabilities.add(new Capability(name, (int) capVersion));
      }
      long port = list.readLong();
      if (port > 0xffff) {
        throw new RlpException("listen port " + port + " is not a TCP port");
      }
      PublicKey nodeId = PublicKey.fromBytes(list.readBytes(64, "hello node id"));
      return new Hello(version, clientId, capabilities, (int) port, nodeId);
    } catch (IllegalArgumentException e) {
      throw new RlpException("malformed hello: " + e.getMessage());
    }
  }

  public static byte[] encodeDisconnect(DisconnectReason reason) {
    return new RlpWriter().startList().writeLong(reason.code()).endList().toByteArray();
  }

  /**
   * The reason of a Disconnect; some clients send the bare code without the list, and an unknown
   * code reads as {@link DisconnectReason#SUBPROTOCOL_ERROR}.
   */
  public static DisconnectReason decodeDisconnect(byte[] payload) {
    if (payload.length == 0) {
      return DisconnectReason.REQUESTED;
    }
    RlpReader in = new RlpReader(payload);
    long code;
    if (in.nextIsList()) {
      RlpReader list = in.enterList();
      code = list.hasNext() ? list.readLong() : 0;
    } else {
      code = in.readLong();
    }
    return DisconnectReason.fromCode(code).orElse(DisconnectReason.SUBPROTOCOL_ERROR);
  }

  public static byte[] emptyList() {
    return EMPTY_LIST.clone();
  }
}
