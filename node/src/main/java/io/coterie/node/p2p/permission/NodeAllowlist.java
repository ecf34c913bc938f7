package io.coterie.node.p2p.permission;

import io.coterie.node.crypto.PublicKey;
import io.coterie.node.p2p.peer.Enode;
import io.coterie.node.p2p.peer.PeerPermission;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The node allowlist: a peer is permitted when its key is on the local list (from the permissions
 * config file, or added by {@code perm_addNodesToAllowlist}) or on the on-chain list. Entries match
 * by node id; host and port are kept for display and for dialling.
 */
public final class NodeAllowlist implements PeerPermission {
  private final Map<PublicKey, Enode> local = new LinkedHashMap<>();
  private final OnChainNodeAllowlist onChain;

  public NodeAllowlist(List<Enode> localEntries, OnChainNodeAllowlist onChain) {
    localEntries.forEach(e -> local.put(e.nodeId(), e));
    this.onChain = onChain;
  }

  @Override
  public boolean permits(PublicKey nodeId) {
    synchronized (local) {
      if (local.containsKey(nodeId)) {
        return true;
      }
    }
    return onChain.contains(nodeId);
  }

  public List<Enode> localEntries() {
    synchronized (local) {
      return List.copyOf(local.values());
    }
  }

  /** Adds entries; returns those that were already present (nothing is added then for them). */
  public List<Enode> add(List<Enode> entries) {
    List<Enode> present = new ArrayList<>();
    synchronized (local) {
      for (Enode e : entries) {
        if (local.putIfAbsent(e.nodeId(), e) != null) {
          present.add(e);
        }
      }
    }
    return present;
  }

  /** Removes entries; returns those that were not on the list. */
  public List<Enode> remove(List<Enode> entries) {
    List<Enode> missing = new ArrayList<>();
    synchronized (local) {
      for (Enode e : entries) {
        if (local.remove(e.nodeId()) == null) {
          missing.add(e);
        }
      }
    }
    return missing;
  }
}
