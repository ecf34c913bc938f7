package io.coterie.node.rpc.txpool;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coterie.node.rpc.json.Quantity;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;
import io.coterie.node.txpool.TransactionPool;

/** {@code txpool_status()}: {@code {"pending": n, "queued": m}} as quantities. */
public final class TxpoolStatus implements RpcMethod {
  private final TransactionPool pool;

  public TxpoolStatus(TransactionPool pool) {
    this.pool = pool;
  }

  @Override
  public String name() {
    return "txpool_status";
  }

  @Override
  public Object execute(RpcParams params) {
    params.atMost(0);
    TransactionPool.Status status = pool.status();
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("pending", Quantity.encode(status.pending()));
    json.put("queued", Quantity.encode(status.queued()));
    return json;
  }
}
