/**
 * The JSON-RPC transports: {@link io.coterie.node.rpc.server.JsonRpcProcessor} (the JSON-RPC 2.0
 * envelope, single and batch, independent of the transport) and {@link
 * io.coterie.node.rpc.server.RpcServer} (netty HTTP POST and WebSocket, with body, batch and
 * connection limits, host allowlist and CORS).
 *
 * <p>Imports: {@code rpc.json}, {@code rpc.method}, {@code rpc.subscription}, netty, Jackson.
 */
package io.coterie.node.rpc.server;
