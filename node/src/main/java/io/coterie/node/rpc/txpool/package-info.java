/**
 * The {@code txpool} namespace: {@code txpool_status} and {@code txpool_content}, as geth shapes
 * them. One class per method.
 *
 * <p>Imports: {@code rpc.eth} (transaction JSON), {@code rpc.json}, {@code rpc.method}, {@code
 * txpool}, {@code types}, Jackson.
 */
package io.coterie.node.rpc.txpool;
