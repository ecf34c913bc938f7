package io.coterie.node.rpc.qbft;

import io.coterie.node.consensus.qbft.vote.PendingVotes;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;
import io.coterie.node.types.Address;

/**
 * {@code qbft_proposeValidatorVote(address, add)}: this validator will vote to add ({@code true})
 * or remove ({@code false}) {@code address} in the blocks it proposes, until the vote is discarded.
 * Returns {@code true}.
 */
public final class QbftProposeValidatorVote implements RpcMethod {
  private final PendingVotes votes;

  public QbftProposeValidatorVote(PendingVotes votes) {
    this.votes = votes;
  }

  @Override
  public String name() {
    return "qbft_proposeValidatorVote";
  }

  @Override
  public Object execute(RpcParams params) {
    params.atMost(2);
    Address recipient = Address.wrap(params.requiredData(0, "address", Address.SIZE));
    votes.propose(recipient, params.requiredBoolean(1, "add"));
    return true;
  }
}
