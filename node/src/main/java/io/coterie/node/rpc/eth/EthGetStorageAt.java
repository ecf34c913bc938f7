package io.coterie.node.rpc.eth;

import io.coterie.node.rpc.json.BlockParameter;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;
import io.coterie.node.types.Address;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Hash;

/**
 * {@code eth_getStorageAt(address, slot, block = latest)}: the 32-byte word in that slot as hex
 * (zeros when unset). Chaincode state lives in precompile accounts' storage at Solidity-style
 * slots, so auditors can read it here.
 */
public final class EthGetStorageAt implements RpcMethod {
  private final BlockResolver blocks;

  public EthGetStorageAt(BlockResolver blocks) {
    this.blocks = blocks;
  }

  @Override
  public String name() {
    return "eth_getStorageAt";
  }

  @Override
  public Object execute(RpcParams params) {
    params.atMost(3);
    Address address = EthParams.address(params, 0, "address");
    Hash slot = EthParams.slot(params, 1, "slot");
    BlockHeader header = blocks.require(params.optionalBlock(2, "block", BlockParameter.LATEST));
    return blocks.chain().stateAt(header).storage(address, slot).toHex();
  }
}
