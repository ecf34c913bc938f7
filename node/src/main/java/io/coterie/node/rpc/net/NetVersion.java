package io.coterie.node.rpc.net;

import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;
import java.math.BigInteger;

/**
 * {@code net_version()}: the chain id as a decimal string (the network id is the chain id here).
 */
public final class NetVersion implements RpcMethod {
  private final String chainId;

  public NetVersion(BigInteger chainId) {
    if (chainId.signum() <= 0) {
      throw new IllegalArgumentException("a chain id is positive, got " + chainId);
    }
    this.chainId = chainId.toString(10);
  }

  @Override
  public String name() {
    return "net_version";
  }

  @Override
  public Object execute(RpcParams params) {
    params.atMost(0);
    return chainId;
  }
}
