/**
 * The {@code perm} namespace: the local node allowlist (read, add, remove), answering {@code
 * "Success"} as Besu does. Removing an entry disconnects peers no longer permitted.
 *
 * <p>Imports: {@code rpc.json}, {@code rpc.method}, {@code p2p.peer}, {@code p2p.permission}.
 */
package io.coterie.node.rpc.perm;
