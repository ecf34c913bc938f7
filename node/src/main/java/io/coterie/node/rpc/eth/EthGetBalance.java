package io.coterie.node.rpc.eth;

import io.coterie.node.rpc.json.BlockParameter;
import io.coterie.node.rpc.json.Quantity;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;
import io.coterie.node.state.Account;
import io.coterie.node.types.Address;
import io.coterie.node.types.BlockHeader;
import java.math.BigInteger;

/**
 * {@code eth_getBalance(address, block = latest)}: the balance in wei at that block; 0x0 for an
 * address never written. An unknown block is error -32000 "header not found".
 */
public final class EthGetBalance implements RpcMethod {
  private final BlockResolver blocks;

  public EthGetBalance(BlockResolver blocks) {
    this.blocks = blocks;
  }

  @Override
  public String name() {
    return "eth_getBalance";
  }

  @Override
  public Object execute(RpcParams params) {
    params.atMost(2);
    Address address = EthParams.address(params, 0, "address");
    BlockHeader header = blocks.require(params.optionalBlock(1, "block", BlockParameter.LATEST));
    BigInteger balance =
        blocks
            .chain()
            .stateAt(header)
            .account(address)
            .map(Account::balance)
            .orElse(BigInteger.ZERO);
    return Quantity.encode(balance);
  }
}
