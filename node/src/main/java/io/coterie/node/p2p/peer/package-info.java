/**
 * Peers: enode URLs, the {@link io.coterie.node.p2p.peer.PeerManager} (listening, dialling static
 * nodes and bootnodes with exponential backoff, one connection per node id, peer limits, listeners,
 * admin information) and the per-connection base-protocol session (Hello, capability negotiation,
 * Ping/Pong, Disconnect, size limits), misconduct scores and bans ({@code PeerConduct}) and the
 * bound on connections still in their handshake ({@code PendingConnections}). Imports crypto,
 * types, p2p.rlpx and p2p.protocol; permissioning plugs in through {@link
 * io.coterie.node.p2p.peer.PeerPermission}.
 */
package io.coterie.node.p2p.peer;
