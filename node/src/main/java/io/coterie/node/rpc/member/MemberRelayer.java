package io.coterie.node.rpc.member;

import io.coterie.chaincode.members.MemberAccountsLayout;
import io.coterie.node.execution.CallOutcome;
import io.coterie.node.execution.CallRequest;
import io.coterie.node.execution.CallSimulator;
import io.coterie.node.rpc.method.RpcError;
import io.coterie.node.rpc.method.RpcException;
import io.coterie.node.txpool.AddResult;
import io.coterie.node.txpool.TransactionPool;
import io.coterie.node.types.Address;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Destination;
import io.coterie.node.types.Transaction;
import io.coterie.node.types.TransactionSigner;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The node's relayer ({@code --relayer-key-file}): a sponsor key (it must hold SPONSOR_ROLE) whose
 * transactions carry members' calls to member accounts ({@code 0x…1008}). Each call is simulated on
 * the head state first, so a refusal reaches the member as a {@link MemberRefusal} and no
 * transaction is sent; one that passes is signed with the pool's next nonce for the key (one at a
 * time, so concurrent requests never share a nonce) and pooled.
 */
public final class MemberRelayer {
  /** Gas on top of the simulated figure, for state that changes before the block. */
  static final long GAS_MARGIN = 100_000;

  private static final Address MEMBER_ACCOUNTS =
      Address.fromHex(MemberAccountsLayout.ADDRESS.toHex());

  private final TransactionSigner signer;
  private final TransactionPool pool;
  private final CallSimulator simulator;
  private final Supplier<BlockHeader> head;

  public MemberRelayer(
      TransactionSigner signer,
      TransactionPool pool,
      CallSimulator simulator,
      Supplier<BlockHeader> head) {
    this.signer = signer;
    this.pool = pool;
    this.simulator = simulator;
    this.head = head;
  }

  /** The relayer's account. */
  public Address address() {
    return signer.address();
  }

  /** What a sent call returned in simulation, and its transaction hash. */
  record Sent(Bytes returnData, String transactionHash) {}

  /**
   * Simulates {@code calldata} to {@code 0x…1008} as the relayer, then sends it.
   *
   * @throws RpcException with {@link MemberRefusal}'s data when the simulation reverts, or a server
   *     error when the pool refuses the transaction
   */
  synchronized Sent send(Bytes calldata) {
    BlockHeader at = head.get();
    CallOutcome outcome =
        simulator.call(
            new CallRequest(
                signer.address(),
                Optional.of(MEMBER_ACCOUNTS),
                Optional.empty(),
                BigInteger.ZERO,
                BigInteger.ZERO,
                calldata),
            at);
    if (outcome instanceof CallOutcome.Reverted reverted) {
      throw new RpcException(MemberRefusal.of(reverted.revertData().toArray()));
    }
    if (outcome instanceof CallOutcome.Failed failed) {
      throw new RpcException(
          RpcError.serverError(
              "the relayer could not run the request: "
                  + failed.message()
                  + "; try again, and tell the shop if it keeps failing"));
    }
    CallOutcome.Success success = (CallOutcome.Success) outcome;
    long gas = Math.min(at.gasLimit(), success.gasUsed() + GAS_MARGIN);
    Transaction tx =
        signer.dynamicFee(
            pool.nextNonce(signer.address()),
            BigInteger.ZERO,
            BigInteger.ZERO,
            gas,
            Destination.call(MEMBER_ACCOUNTS),
            BigInteger.ZERO,
            calldata,
            List.of());
    AddResult added = pool.add(tx);
    if (added instanceof AddResult.Added ok) {
      return new Sent(success.returnData(), ok.hash().toHex());
    }
    throw new RpcException(
        RpcError.serverError(
            "the relayer's transaction was refused: "
                + ((AddResult.Rejected) added).message()
                + "; the node operator should check that "
                + signer.address().toHex()
                + " holds SPONSOR_ROLE"));
  }
}
