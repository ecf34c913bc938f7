package io.coterie.node.execution;

import io.coterie.chaincode.spi.BlockContext;
import io.coterie.node.state.Account;
import io.coterie.node.state.WorldState;
import io.coterie.node.state.WorldStateOverlay;
import io.coterie.node.types.Address;
import io.coterie.node.types.BlockHeader;
import java.math.BigInteger;
import java.util.function.Function;

/**
 * eth_call and eth_estimateGas: the call runs as it would in the next block on top of the given
 * one, on a throwaway overlay. Calls run non-static, as on Ethereum, so a write can be simulated;
 * nothing is committed.
 */
public final class Simulator implements CallSimulator {
  private final TransactionProcessor processor;
  private final Function<BlockHeader, WorldState> stateAt;

  public Simulator(TransactionProcessor processor, Function<BlockHeader, WorldState> stateAt) {
    this.processor = processor;
    this.stateAt = stateAt;
  }

  @Override
  public CallOutcome call(CallRequest request, BlockHeader atBlock) {
    return run(request, atBlock, request.gasLimit().orElse(atBlock.gasLimit()));
  }

  @Override
  public GasEstimate estimateGas(CallRequest request, BlockHeader atBlock) {
    long cap = request.gasLimit().orElse(atBlock.gasLimit());
    CallOutcome atCap = run(request, atBlock, cap);
    if (!(atCap instanceof CallOutcome.Success)) {
      return new GasEstimate.Impossible(atCap);
    }
    // Chaincode gas does not depend on the limit unless it runs out, so the used gas is usually the
    // answer;
    // the search only confirms it (and covers calls whose path depends on the gas left).
    long low = atCap.gasUsed() - 1;
    long high = atCap.gasUsed();
    if (!(run(request, atBlock, high) instanceof CallOutcome.Success)) {
      low = high;
      high = cap;
    }
    while (high - low > 1) {
      long mid = low + (high - low) / 2;
      if (run(request, atBlock, mid) instanceof CallOutcome.Success) {
        high = mid;
      } else {
        low = mid;
      }
    }
    return new GasEstimate.Estimated(high);
  }

  private CallOutcome run(CallRequest request, BlockHeader atBlock, long gasLimit) {
    if (request.to().isEmpty()) {
      return new CallOutcome.Failed(
          "contract creation is not supported: this chain has no EVM; call a chaincode precompile",
          0);
    }
    long intrinsic = IntrinsicGas.TRANSACTION + IntrinsicGas.ofData(request.data());
    if (gasLimit < intrinsic) {
      return new CallOutcome.Failed(
          "intrinsic gas too low: gas "
              + gasLimit
              + " is below the "
              + intrinsic
              + " this call needs",
          gasLimit);
    }
    WorldStateOverlay overlay = new WorldStateOverlay(stateAt.apply(atBlock));
    Address from = request.from();
    BigInteger fee = request.gasPrice().multiply(BigInteger.valueOf(gasLimit));
    Account payer = overlay.account(from).orElse(Account.EMPTY);
    if (payer.balance().compareTo(fee.add(request.value())) < 0) {
      return new CallOutcome.Failed(
          "insufficient funds for gas * price + value: "
              + from
              + " has "
              + payer.balance()
              + " wei",
          0);
    }
    overlay.putAccount(from, payer.withBalance(payer.balance().subtract(fee)));
    BlockContext context =
        new BlockContext(
            atBlock.number() + 1,
            atBlock.timestamp(),
            ChaincodeValues.toChain(atBlock.coinbase()),
            atBlock.gasLimit(),
            processor.rules().chainId());
    TxResult result =
        processor.run(
            overlay,
            context,
            from,
            request.to().get(),
            request.value(),
            request.data(),
            gasLimit - intrinsic,
            false);
    long gasUsed = intrinsic + result.gasUsed();
    if (result.success()) {
      return new CallOutcome.Success(result.output(), gasUsed, result.logs());
    }
    if (result.outOfGas()) {
      return new CallOutcome.Failed("out of gas: gas " + gasLimit + " is not enough", gasUsed);
    }
    return new CallOutcome.Reverted(result.output(), gasUsed);
  }
}
