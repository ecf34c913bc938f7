package io.coterie.node.rpc.subscription;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a subscription receives, by its {@code eth_subscribe} name. */
public enum SubscriptionKind {
  NEW_HEADS("newHeads"),
  LOGS("logs"),
  NEW_PENDING_TRANSACTIONS("newPendingTransactions");

  private final String jsonName;

  SubscriptionKind(String jsonName) {
    this.jsonName = jsonName;
  }

  public String jsonName() {
    return jsonName;
  }

  public static Optional<SubscriptionKind> fromJsonName(String name) {
    return Arrays.stream(values()).filter(k -> k.jsonName.equals(name)).findFirst();
  }

  static String allNames() {
    return Arrays.stream(values()).map(k -> k.jsonName).collect(Collectors.joining(", "));
  }
}
