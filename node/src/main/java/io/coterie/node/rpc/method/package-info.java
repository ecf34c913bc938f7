/**
 * The JSON-RPC method SPI: {@link io.coterie.node.rpc.method.RpcMethod} (one class per method),
 * {@link io.coterie.node.rpc.method.RpcError} (the error codes clients see, geth's wording where
 * one exists) and {@link io.coterie.node.rpc.method.MethodRegistry} (name to method, only enabled
 * namespaces), and what a method knows of its request: {@link
 * io.coterie.node.rpc.method.RequestScope} (remote address, {@link
 * io.coterie.node.rpc.method.Deadline}).
 *
 * <p>Imports: {@code rpc.json} and Jackson.
 */
package io.coterie.node.rpc.method;
