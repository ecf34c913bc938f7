/**
 * WebSocket subscriptions ({@code eth_subscribe} / {@code eth_unsubscribe}): the {@link
 * io.coterie.node.rpc.subscription.SubscriptionHub} that the chain side publishes to, the
 * per-connection methods, and {@link io.coterie.node.rpc.subscription.LogFilterMatcher}, the
 * address + topics filter shared with {@code eth_getLogs}.
 *
 * <p>Imports: {@code rpc.json}, {@code rpc.method}, Jackson. Transport-free: a connection is a
 * {@link io.coterie.node.rpc.subscription.SubscriptionSink}.
 */
package io.coterie.node.rpc.subscription;
