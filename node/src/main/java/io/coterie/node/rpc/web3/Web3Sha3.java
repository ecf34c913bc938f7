package io.coterie.node.rpc.web3;

import io.coterie.node.rpc.json.Data;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;
import org.bouncycastle.jcajce.provider.digest.Keccak;

/** {@code web3_sha3(data)}: Keccak-256 (not SHA3-256) of the hex data, as hex. */
public final class Web3Sha3 implements RpcMethod {
  @Override
  public String name() {
    return "web3_sha3";
  }

  @Override
  public Object execute(RpcParams params) {
    byte[] input = params.atMost(1).requiredData(0, "data");
    return Data.encode(new Keccak.Digest256().digest(input));
  }
}
