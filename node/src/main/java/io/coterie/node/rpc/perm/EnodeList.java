package io.coterie.node.rpc.perm;

import com.fasterxml.jackson.databind.JsonNode;
import io.coterie.node.p2p.peer.Enode;
import io.coterie.node.p2p.permission.NodeAllowlist;
import io.coterie.node.rpc.json.InvalidParamsException;
import io.coterie.node.rpc.json.RpcParams;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the list-of-enode-URLs argument of the allowlist methods. */
final class EnodeList {
  private EnodeList() {}

  static List<Enode> required(RpcParams params) {
    params.atMost(1);
    JsonNode list = params.required(0, "enodes");
    if (!list.isArray() || list.isEmpty()) {
      throw new InvalidParamsException("expected a non-empty array of enode URLs")
          .forParam(0, "enodes");
    }
    List<Enode> out = new ArrayList<>();
    for (JsonNode item : list) {
      try {
        out.add(Enode.parse(item.asText()));
      } catch (IllegalArgumentException e) {
        throw new InvalidParamsException(e.getMessage()).forParam(0, "enodes");
      }
    }
    return out;
  }

  /** The node ids (hex) on the local allowlist; call holding the allowlist's lock. */
  static Set<String> localIds(NodeAllowlist allowlist) {
    return allowlist.localEntries().stream().map(Enode::nodeIdHex).collect(Collectors.toSet());
  }
}
