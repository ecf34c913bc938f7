package io.coterie.node.rpc.qbft;

import io.coterie.node.consensus.qbft.extradata.QbftExtraDataCodec;
import io.coterie.node.rlp.RlpException;
import io.coterie.node.rpc.eth.BlockResolver;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcError;
import io.coterie.node.rpc.method.RpcException;
import io.coterie.node.rpc.method.RpcMethod;
import io.coterie.node.types.Address;
import io.coterie.node.types.BlockHeader;

/**
 * {@code qbft_getValidatorsByBlockNumber(block)}: the validator addresses that the block's header
 * lists in its QBFT extraData: the validators of that height, which sealed it (the same set {@code
 * ValidatorSetCalculator} derives from votes), lowercase hex.
 */
public final class QbftGetValidatorsByBlockNumber implements RpcMethod {
  private final BlockResolver blocks;

  public QbftGetValidatorsByBlockNumber(BlockResolver blocks) {
    this.blocks = blocks;
  }

  @Override
  public String name() {
    return "qbft_getValidatorsByBlockNumber";
  }

  @Override
  public Object execute(RpcParams params) {
    params.atMost(1);
    BlockHeader header = blocks.require(params.requiredBlock(0, "block"));
    try {
      return QbftExtraDataCodec.decode(header.extraData().toArray()).validators().stream()
          .map(Address::toHex)
          .toList();
    } catch (RlpException | IllegalArgumentException e) {
      throw new RpcException(
          RpcError.serverError(
              "block "
                  + header.number()
                  + " has no QBFT extraData ("
                  + e.getMessage()
                  + "); this node's chain is not a QBFT chain at that height"));
    }
  }
}
