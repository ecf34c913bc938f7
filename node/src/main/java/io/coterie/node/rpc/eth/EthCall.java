package io.coterie.node.rpc.eth;

import io.coterie.node.execution.CallOutcome;
import io.coterie.node.execution.CallRequest;
import io.coterie.node.execution.CallSimulator;
import io.coterie.node.rpc.json.BlockParameter;
import io.coterie.node.rpc.json.InvalidParamsException;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;
import io.coterie.node.types.BlockHeader;

/**
 * {@code eth_call(call, block = latest)}: runs the call on the state after that block, commits
 * nothing and returns the return data as hex. A revert is error 3 "execution reverted[: reason]"
 * with the revert data as {@code data}; a call that cannot run (out of gas, contract creation, ...)
 * is -32000 with the reason. The call runs with at most the node's {@code --rpc-gas-cap} gas.
 */
public final class EthCall implements RpcMethod {
  private final BlockResolver blocks;
  private final CallSimulator simulator;
  private final CallGasCap gasCap;

  public EthCall(BlockResolver blocks, CallSimulator simulator, CallGasCap gasCap) {
    this.blocks = blocks;
    this.simulator = simulator;
    this.gasCap = gasCap;
  }

  public EthCall(BlockResolver blocks, CallSimulator simulator) {
    this(blocks, simulator, CallGasCap.NONE);
  }

  @Override
  public String name() {
    return "eth_call";
  }

  @Override
  public Object execute(RpcParams params) {
    params.atMost(3);
    CallRequest request = parse(params);
    BlockHeader header = blocks.require(params.optionalBlock(1, "block", BlockParameter.LATEST));
    CallRequest capped = gasCap.apply(request, header);
    CallOutcome outcome = simulator.call(capped, header);
    if (outcome instanceof CallOutcome.Success success) {
      return success.returnData().toHex();
    }
    if (outcome instanceof CallOutcome.Reverted reverted) {
      throw CallErrors.reverted(reverted);
    }
    CallOutcome.Failed failed = (CallOutcome.Failed) outcome;
    if (gasCap.limited(request, capped, header)) {
      throw CallErrors.failed(failed, gasCap.hint());
    }
    throw CallErrors.failed(failed);
  }

  static CallRequest parse(RpcParams params) {
    com.fasterxml.jackson.databind.JsonNode call = params.requiredObject(0, "call");
    try {
      return CallRequestJson.parse(call);
    } catch (InvalidParamsException e) {
      throw e.forParam(0, "call");
    }
  }
}
