package io.coterie.node.rpc.server;

import java.util.HashMap;
import java.util.Map;

/**
 * Open connections by remote address, shared by both listeners, so one host cannot hold more than
 * its share whichever port it uses.
 */
final class AddressConnections {
  private final int maxPerAddress;
  private final Map<String, Integer> open = new HashMap<>();

  AddressConnections(int maxPerAddress) {
    this.maxPerAddress = maxPerAddress;
  }

  int maxPerAddress() {
    return maxPerAddress;
  }

  /** Counts one more connection from {@code address}, or says no when it has its share. */
  synchronized boolean tryOpen(String address) {
    int current = open.getOrDefault(address, 0);
    if (current >= maxPerAddress) {
      return false;
    }
    open.put(address, current + 1);
    return true;
  }

  synchronized void closed(String address) {
    open.computeIfPresent(address, (a, count) -> count == 1 ? null : count - 1);
  }

  synchronized int open(String address) {
    return open.getOrDefault(address, 0);
  }
}
