package io.coterie.node.rpc.server;

/**
 * Which transport a port serves. The HTTP port answers JSON-RPC POSTs and refuses WebSocket
 * upgrades; the WebSocket port upgrades and refuses JSON-RPC POSTs. Both answer {@code /login}. The
 * web port ({@code --web-enabled}) serves only the trace site's GET routes.
 */
enum Listener {
  HTTP,
  WEBSOCKET,
  WEB
}
