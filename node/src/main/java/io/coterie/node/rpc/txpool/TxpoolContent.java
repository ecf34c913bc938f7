package io.coterie.node.rpc.txpool;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coterie.node.rpc.eth.TransactionJson;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;
import io.coterie.node.txpool.TransactionPool;
import io.coterie.node.types.Address;
import io.coterie.node.types.Transaction;
import java.util.Map;
import java.util.SortedMap;

/**
 * {@code txpool_content()}: {@code {"pending": {sender: {nonce: tx}}, "queued": {..}}}, as geth
 * shapes it: senders in EIP-55 checksum form, nonces as decimal strings, transactions as {@code
 * eth_getTransactionByHash} shows pending ones.
 */
public final class TxpoolContent implements RpcMethod {
  private final TransactionPool pool;

  public TxpoolContent(TransactionPool pool) {
    this.pool = pool;
  }

  @Override
  public String name() {
    return "txpool_content";
  }

  @Override
  public Object execute(RpcParams params) {
    params.atMost(0);
    TransactionPool.Content content = pool.content();
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.set("pending", bySender(content.pending()));
    json.set("queued", bySender(content.queued()));
    return json;
  }

  private static ObjectNode bySender(SortedMap<Address, SortedMap<Long, Transaction>> txs) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<Address, SortedMap<Long, Transaction>> sender : txs.entrySet()) {
      ObjectNode byNonce = out.putObject(sender.getKey().toChecksumHex());
      for (Map.Entry<Long, Transaction> tx : sender.getValue().entrySet()) {
        byNonce.set(Long.toString(tx.getKey()), TransactionJson.pending(tx.getValue()));
      }
    }
    return out;
  }
}
