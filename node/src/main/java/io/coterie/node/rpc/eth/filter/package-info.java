/**
 * Polling filters ({@code eth_newFilter}, {@code eth_newBlockFilter}, {@code
 * eth_newPendingTransactionFilter}, {@code eth_getFilterChanges}, {@code eth_getFilterLogs}, {@code
 * eth_uninstallFilter}) and the {@link io.coterie.node.rpc.eth.filter.FilterStore} that collects
 * their changes from block imports and the pool. A filter not polled for five minutes is dropped.
 *
 * <p>Imports: {@code rpc.eth}, {@code rpc.json}, {@code rpc.method}, {@code rpc.subscription},
 * {@code chain}, {@code types}, Jackson.
 */
package io.coterie.node.rpc.eth.filter;
