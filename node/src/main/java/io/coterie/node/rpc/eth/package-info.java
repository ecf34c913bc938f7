/**
 * The {@code eth} namespace, one class per method ({@code EthGetBalance}, ...), the JSON shapes
 * they share ({@link io.coterie.node.rpc.eth.BlockJson}, {@link
 * io.coterie.node.rpc.eth.TransactionJson}, {@link io.coterie.node.rpc.eth.ReceiptJson}, {@link
 * io.coterie.node.rpc.eth.LogJson}, as geth and the execution-apis spec shape them), the {@link
 * io.coterie.node.rpc.eth.ChainEventsPublisher} that feeds WebSocket subscriptions, and {@link
 * io.coterie.node.rpc.eth.EthMethods}, which registers them all.
 *
 * <p>Imports: {@code rpc.json}, {@code rpc.method}, {@code rpc.subscription}, {@code chain}, {@code
 * execution}, {@code txpool}, {@code state}, {@code types}, {@code rlp}, Jackson.
 */
package io.coterie.node.rpc.eth;
