/**
 * Assembles the chain-facing namespaces ({@code eth}, {@code txpool}, {@code qbft}) over the node's
 * ports: {@link io.coterie.node.rpc.api.EthMethods} builds every method once, registers them in
 * each endpoint's registry and hands out the listeners that feed filters and subscriptions, which
 * deliver off the import path ({@link io.coterie.node.rpc.api.EventDelivery}).
 *
 * <p>Imports: {@code rpc.eth}, {@code rpc.eth.filter}, {@code rpc.txpool}, {@code rpc.qbft}, {@code
 * rpc.method}, {@code rpc.server} (its limits), {@code rpc.subscription}, {@code chain}, {@code
 * execution}, {@code txpool}, {@code types}.
 */
package io.coterie.node.rpc.api;
