package io.coterie.node.rpc.qbft;

import io.coterie.node.consensus.qbft.vote.PendingVotes;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;
import io.coterie.node.types.Address;
import java.util.Map;
import java.util.TreeMap;

/** {@code qbft_getPendingVotes()}: this validator's pending votes, address → add (true) or drop. */
public final class QbftGetPendingVotes implements RpcMethod {
  private final PendingVotes votes;

  public QbftGetPendingVotes(PendingVotes votes) {
    this.votes = votes;
  }

  @Override
  public String name() {
    return "qbft_getPendingVotes";
  }

  @Override
  public Object execute(RpcParams params) {
    params.atMost(0);
    Map<String, Boolean> out = new TreeMap<>();
    for (Map.Entry<Address, Boolean> vote : votes.pending().entrySet()) {
      out.put(vote.getKey().toHex(), vote.getValue());
    }
    return out;
  }
}
