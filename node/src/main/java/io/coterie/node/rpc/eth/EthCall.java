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
 * is -32000 with the reason.
 */
public final class EthCall implements RpcMethod {
  private final BlockResolver blocks;
  private final CallSimulator simulator;

  public EthCall(BlockResolver blocks, CallSimulator simulator) {
    this.blocks = blocks;
    this.simulator = simulator;
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
    CallOutcome outcome = simulator.call(request, header);
    if (outcome instanceof CallOutcome.Success success) {
      return success.returnData().toHex();
    }
    if (outcome instanceof CallOutcome.Reverted reverted) {
      throw CallErrors.reverted(reverted);
    }
    throw CallErrors.failed((CallOutcome.Failed) outcome);
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
