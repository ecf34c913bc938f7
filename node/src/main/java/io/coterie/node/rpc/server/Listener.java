package io.coterie.node.rpc.server;

/**
 * Which transport a port serves. The HTTP port answers JSON-RPC POSTs and refuses WebSocket
 * upgrades; the WebSocket port upgrades and refuses JSON-RPC POSTs. Both answer {@code /login}. The
 * web port ({@code --web-enabled}) serves only the site's GET routes and the member page's {@code
 * POST /member/rpc} ({@link PublicRpcRoute}).
 */
enum Listener {
  HTTP,
  WEBSOCKET,
  WEB
}
