package io.coterie.node.rpc.eth;

import io.coterie.node.chain.ChainReader;
import io.coterie.node.rpc.json.BlockParameter;
import io.coterie.node.rpc.json.Data;
import io.coterie.node.rpc.method.RpcError;
import io.coterie.node.rpc.method.RpcException;
import io.coterie.node.types.Block;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Hash;
import java.util.Optional;

/**
 * Turns a block param into a header of the canonical chain. QBFT blocks are final when committed,
 * so {@code safe}, {@code finalized} and {@code pending} all name the head (there is no pending
 * block; the pool's nonces are served by {@code eth_getTransactionCount} itself).
 */
public final class BlockResolver {
  private final ChainReader chain;

  public BlockResolver(ChainReader chain) {
    this.chain = chain;
  }

  public ChainReader chain() {
    return chain;
  }

  /** Empty when no such block is stored (methods that answer {@code null} for an unknown block). */
  public Optional<BlockHeader> find(BlockParameter param) {
    if (param instanceof BlockParameter.ByNumber byNumber) {
      return chain.headerByNumber(byNumber.number());
    }
    if (param instanceof BlockParameter.ByHash byHash) {
      Hash hash = Hash.wrap(Data.decode(byHash.blockHash(), Hash.SIZE));
      Optional<BlockHeader> header = chain.headerByHash(hash);
      if (header.isPresent() && byHash.requireCanonical() && !isCanonical(header.get(), hash)) {
        return Optional.empty();
      }
      return header;
    }
    return switch (((BlockParameter.ByTag) param).tag()) {
      case EARLIEST -> chain.headerByNumber(0);
      case LATEST, PENDING, SAFE, FINALIZED -> Optional.of(chain.head());
    };
  }

  public Optional<Block> findBlock(BlockParameter param) {
    return find(param).flatMap(header -> chain.blockByHash(chain.hash(header)));
  }

  /** The header, or error -32000 "header not found" saying what the chain has. */
  public BlockHeader require(BlockParameter param) {
    return find(param).orElseThrow(() -> new RpcException(notFound(param)));
  }

  /** The block number a param names, without requiring the block ({@code eth_getLogs} ranges). */
  public long number(BlockParameter param) {
    if (param instanceof BlockParameter.ByNumber byNumber) {
      return byNumber.number();
    }
    return require(param).number();
  }

  private boolean isCanonical(BlockHeader header, Hash hash) {
    return chain.headerByNumber(header.number()).map(chain::hash).filter(hash::equals).isPresent();
  }

  private RpcError notFound(BlockParameter param) {
    if (param instanceof BlockParameter.ByHash byHash) {
      return RpcError.serverError(
          "header for hash not found: no block "
              + byHash.blockHash()
              + (byHash.requireCanonical() ? " on the canonical chain" : "")
              + " is stored on this node");
    }
    long head = chain.head().number();
    return RpcError.serverError(
        "header not found: the head is block "
            + head
            + " (0x"
            + Long.toHexString(head)
            + "); ask for a block at or below it");
  }
}
