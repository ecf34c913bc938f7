package io.coterie.node.rpc.eth;

import io.coterie.node.rpc.json.BlockParameter;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;
import io.coterie.node.types.Address;
import java.util.function.Predicate;

/**
 * {@code eth_getCode(address, block = latest)}. There is no EVM code on this chain: a chaincode
 * (precompile) address answers {@value #CHAINCODE_MARKER} (the INVALID opcode) so that clients that
 * check "is this a contract?" (web3j's {@code isValid()}, ethers' {@code getCode() !== "0x"}) see
 * one, and every other address answers {@code "0x"}.
 */
public final class EthGetCode implements RpcMethod {
  public static final String CHAINCODE_MARKER = "0xfe";

  private final BlockResolver blocks;
  private final Predicate<Address> isChaincode;

  public EthGetCode(BlockResolver blocks, Predicate<Address> isChaincode) {
    this.blocks = blocks;
    this.isChaincode = isChaincode;
  }

  @Override
  public String name() {
    return "eth_getCode";
  }

  @Override
  public Object execute(RpcParams params) {
    params.atMost(2);
    Address address = EthParams.address(params, 0, "address");
    blocks.require(params.optionalBlock(1, "block", BlockParameter.LATEST));
    return isChaincode.test(address) ? CHAINCODE_MARKER : "0x";
  }
}
