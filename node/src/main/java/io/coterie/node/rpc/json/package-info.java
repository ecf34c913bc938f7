/**
 * Ethereum JSON-RPC value encoding: hex quantities ({@link io.coterie.node.rpc.json.Quantity}), hex
 * byte strings ({@link io.coterie.node.rpc.json.Data}), block parameters and positional param
 * access ({@link io.coterie.node.rpc.json.RpcParams}). Decoding is strict and a bad value becomes
 * an {@link io.coterie.node.rpc.json.InvalidParamsException} whose message names the param and what
 * is expected; the server turns it into JSON-RPC error -32602.
 *
 * <p>Imports: Jackson only. Nothing else of {@code io.coterie.node.rpc} is imported here, so {@code
 * rpc.method}, {@code rpc.server} and the namespace packages can all depend on it.
 */
package io.coterie.node.rpc.json;
