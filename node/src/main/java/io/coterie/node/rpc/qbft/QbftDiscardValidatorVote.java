package io.coterie.node.rpc.qbft;

import io.coterie.node.consensus.qbft.vote.PendingVotes;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;
import io.coterie.node.types.Address;

/**
 * {@code qbft_discardValidatorVote(address)}: drops this validator's pending vote on {@code
 * address}. Returns {@code true} when there was one.
 */
public final class QbftDiscardValidatorVote implements RpcMethod {
  private final PendingVotes votes;

  public QbftDiscardValidatorVote(PendingVotes votes) {
    this.votes = votes;
  }

  @Override
  public String name() {
    return "qbft_discardValidatorVote";
  }

  @Override
  public Object execute(RpcParams params) {
    params.atMost(1);
    return votes.discard(Address.wrap(params.requiredData(0, "address", Address.SIZE)));
  }
}
