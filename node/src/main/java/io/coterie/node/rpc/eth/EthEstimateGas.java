package io.coterie.node.rpc.eth;

import io.coterie.node.execution.CallOutcome;
import io.coterie.node.execution.CallRequest;
import io.coterie.node.execution.CallSimulator;
import io.coterie.node.rpc.json.BlockParameter;
import io.coterie.node.rpc.json.Quantity;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcError;
import io.coterie.node.rpc.method.RpcException;
import io.coterie.node.rpc.method.RpcMethod;
import io.coterie.node.types.BlockHeader;

/**
 * {@code eth_estimateGas(call, block = latest)}: the smallest gas limit with which the call
 * succeeds. When none does, the errors are those of {@link EthCall} (3 for a revert, -32000 for a
 * failure). The search goes no higher than the node's {@code --rpc-gas-cap}.
 */
public final class EthEstimateGas implements RpcMethod {
  private final BlockResolver blocks;
  private final CallSimulator simulator;
  private final CallGasCap gasCap;

  public EthEstimateGas(BlockResolver blocks, CallSimulator simulator, CallGasCap gasCap) {
    this.blocks = blocks;
    this.simulator = simulator;
    this.gasCap = gasCap;
  }

  public EthEstimateGas(BlockResolver blocks, CallSimulator simulator) {
    this(blocks, simulator, CallGasCap.NONE);
  }

  @Override
  public String name() {
    return "eth_estimateGas";
  }

  @Override
  public Object execute(RpcParams params) {
    params.atMost(3);
    CallRequest asked = EthCall.parse(params);
    BlockHeader header = blocks.require(params.optionalBlock(1, "block", BlockParameter.LATEST));
    CallRequest request = gasCap.apply(asked, header);
    String hint = gasCap.limited(asked, request, header) ? gasCap.hint() : "";
    CallSimulator.GasEstimate estimate = simulator.estimateGas(request, header);
    if (estimate instanceof CallSimulator.GasEstimate.Estimated estimated) {
      return Quantity.encode(estimated.gas());
    }
    CallOutcome outcome = ((CallSimulator.GasEstimate.Impossible) estimate).outcome();
    if (outcome instanceof CallOutcome.Reverted reverted) {
      throw CallErrors.reverted(reverted);
    }
    if (outcome instanceof CallOutcome.Failed failed) {
      throw CallErrors.failed(failed, hint);
    }
    throw new RpcException(
        RpcError.serverError(
            "gas required exceeds allowance ("
                + request.gasLimit().orElse(header.gasLimit())
                + "); raise the call's gas or leave it out"
                + hint));
  }
}
