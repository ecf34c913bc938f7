package io.coterie.node.p2p.peer;

import java.util.List;

/**
 * One connected peer as {@code admin_peers} shows it: {@code id} is the 0x-prefixed 64-byte node
 * id, {@code enode} uses the remote address and the listen port from its Hello.
 */
public record PeerInfo(
    String id,
    String name,
    List<String> caps,
    String localAddress,
    String remoteAddress,
    boolean inbound,
    String enode) {
  public PeerInfo {
    caps = List.copyOf(caps);
  }
}
