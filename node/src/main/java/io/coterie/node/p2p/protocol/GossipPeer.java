package io.coterie.node.p2p.protocol;

/** What {@code cot/1} knows of one connected peer: what it has seen, and its announced head. */
final class GossipPeer {
  final PeerLink link;
  final KnownHashes transactions = new KnownHashes(8_192);
  final KnownHashes blocks = new KnownHashes(256);
  final TransactionIntake.Inbound inbound = new TransactionIntake.Inbound();
  volatile ChainHead head;

  GossipPeer(PeerLink link) {
    this.link = link;
  }

  /** The peer has {@code block}; it is its head if higher than the one it announced. */
  void has(ChainHead block) {
    blocks.add(block.hash());
    ChainHead current = head;
    if (current == null || block.number() > current.number()) {
      head = block;
    }
  }
}
