package io.coterie.node.rpc.eth;

import io.coterie.node.rlp.RlpException;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcError;
import io.coterie.node.rpc.method.RpcException;
import io.coterie.node.rpc.method.RpcMethod;
import io.coterie.node.txpool.AddResult;
import io.coterie.node.txpool.TransactionPool;
import io.coterie.node.types.Transaction;
import io.coterie.node.types.TransactionCodec;

/**
 * {@code eth_sendRawTransaction(signedTx)}: decodes the EIP-2718 envelope and hands it to the pool;
 * returns the transaction hash. Bytes that are no transaction are error -32602 naming the faulty
 * field; a transaction the pool refuses is -32000 with the pool's message, whose leading words are
 * geth's ("nonce too low", "insufficient funds ...") so that client libraries classify it.
 */
public final class EthSendRawTransaction implements RpcMethod {
  private final TransactionPool pool;

  public EthSendRawTransaction(TransactionPool pool) {
    this.pool = pool;
  }

  @Override
  public String name() {
    return "eth_sendRawTransaction";
  }

  @Override
  public Object execute(RpcParams params) {
    byte[] raw = params.atMost(1).requiredData(0, "signedTransaction");
    Transaction tx = decode(raw);
    AddResult result = pool.add(tx);
    if (result instanceof AddResult.Added added) {
      return added.hash().toHex();
    }
    throw new RpcException(RpcError.serverError(((AddResult.Rejected) result).message()));
  }

  private static Transaction decode(byte[] raw) {
    try {
      return TransactionCodec.decode(raw);
    } catch (RlpException | IllegalArgumentException e) {
      throw new RpcException(
          RpcError.invalidParams(
              "invalid raw transaction: "
                  + e.getMessage()
                  + "; send the signed EIP-2718 envelope (legacy RLP list, or 0x01/0x02 type byte"
                  + " + RLP payload) as 0x-prefixed hex"));
    }
  }
}
