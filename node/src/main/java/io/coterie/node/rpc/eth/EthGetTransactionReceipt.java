package io.coterie.node.rpc.eth;

import io.coterie.node.chain.ChainReader;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;
import io.coterie.node.types.Hash;
import io.coterie.node.types.Receipt;
import java.util.List;

/**
 * {@code eth_getTransactionReceipt(hash)}: the receipt of a mined transaction ({@link
 * ReceiptJson}), or {@code null} while it is pending or unknown (clients poll until it appears).
 */
public final class EthGetTransactionReceipt implements RpcMethod {
  private final ChainReader chain;

  public EthGetTransactionReceipt(ChainReader chain) {
    this.chain = chain;
  }

  @Override
  public String name() {
    return "eth_getTransactionReceipt";
  }

  @Override
  public Object execute(RpcParams params) {
    Hash hash = EthParams.hash(params.atMost(1), 0, "transactionHash");
    return MinedTransaction.find(chain, hash)
        .flatMap(
            mined -> {
              List<Receipt> receipts = chain.receipts(mined.blockHash()).orElse(List.of());
              if (mined.index() >= receipts.size()) {
                return java.util.Optional.empty();
              }
              return java.util.Optional.of(
                  ReceiptJson.of(mined.block(), mined.blockHash(), receipts, mined.index()));
            })
        .orElse(null);
  }
}
