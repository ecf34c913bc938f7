/**
 * The {@code net} namespace: network id, listening, peer count. One class per method.
 *
 * <p>Imports: {@code rpc.json}, {@code rpc.method}.
 */
package io.coterie.node.rpc.net;
