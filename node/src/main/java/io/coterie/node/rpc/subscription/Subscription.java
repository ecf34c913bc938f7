package io.coterie.node.rpc.subscription;

/** One live subscription of one connection. */
public record Subscription(
    String id, SubscriptionKind kind, LogFilter filter, SubscriptionSink sink) {}
