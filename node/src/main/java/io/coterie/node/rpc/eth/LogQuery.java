package io.coterie.node.rpc.eth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.coterie.node.chain.ChainReader;
import io.coterie.node.rpc.json.BlockParameter;
import io.coterie.node.rpc.json.InvalidParamsException;
import io.coterie.node.rpc.method.Deadline;
import io.coterie.node.rpc.method.RpcError;
import io.coterie.node.rpc.method.RpcErrorCode;
import io.coterie.node.rpc.method.RpcException;
import io.coterie.node.rpc.subscription.LogFilter;
import io.coterie.node.rpc.subscription.LogFilterMatcher;
import io.coterie.node.types.Address;
import io.coterie.node.types.Block;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Bloom;
import io.coterie.node.types.Hash;
import io.coterie.node.types.Log;
import io.coterie.node.types.Receipt;
import java.util.List;
import java.util.Optional;

/**
 * A log query as {@code eth_getLogs} and {@code eth_newFilter} take it: one block by hash, or a
 * range {@code fromBlock..toBlock} (both default to latest), plus the address and topics filter.
 * Blocks whose header bloom rules the filter out are skipped without reading their receipts.
 */
public record LogQuery(
    Optional<Hash> blockHash, BlockParameter fromBlock, BlockParameter toBlock, LogFilter filter) {
  /** The widest range one call may scan, unless the node configures another. */
  public static final long MAX_BLOCK_RANGE = 5_000;

  /** The most logs one call returns. */
  public static final int MAX_RESULTS = 10_000;

  public static LogQuery parse(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new InvalidParamsException(
          "invalid argument 0: expected a filter object {\"fromBlock\", \"toBlock\", \"address\","
              + " \"topics\"} or {\"blockHash\", \"address\", \"topics\"}");
    }
    LogFilter filter;
    try {
      filter = LogFilter.fromJson(node);
    } catch (InvalidParamsException e) {
      throw new InvalidParamsException("invalid argument 0: " + e.getMessage());
    }
    JsonNode hash = node.get("blockHash");
    boolean hasRange = present(node, "fromBlock") || present(node, "toBlock");
    if (hash != null && !hash.isNull()) {
      if (hasRange) {
        throw new InvalidParamsException(
            "invalid argument 0: cannot specify both BlockHash and FromBlock/ToBlock, choose one"
                + " or the other");
      }
      if (!hash.isTextual()) {
        throw new InvalidParamsException("invalid argument 0: blockHash: expected a 32-byte hash");
      }
      Hash blockHash = Hash.wrap(decodeHash(hash.textValue()));
      return new LogQuery(
          Optional.of(blockHash), BlockParameter.LATEST, BlockParameter.LATEST, filter);
    }
    return new LogQuery(Optional.empty(), block(node, "fromBlock"), block(node, "toBlock"), filter);
  }

  private static byte[] decodeHash(String text) {
    try {
      return io.coterie.node.rpc.json.Data.decode(text, Hash.SIZE);
    } catch (InvalidParamsException e) {
      throw new InvalidParamsException("invalid argument 0: blockHash: " + e.getMessage());
    }
  }

  private static boolean present(JsonNode node, String field) {
    return node.has(field) && !node.get(field).isNull();
  }

  private static BlockParameter block(JsonNode node, String field) {
    if (!present(node, field)) {
      return BlockParameter.LATEST;
    }
    try {
      return BlockParameter.parse(node.get(field));
    } catch (InvalidParamsException e) {
      throw new InvalidParamsException("invalid argument 0: " + field + ": " + e.getMessage());
    }
  }

  /** The matching logs, in chain order, as JSON. */
  public ArrayNode run(BlockResolver blocks) {
    return run(blocks, MAX_BLOCK_RANGE);
  }

  /** As {@link #run(BlockResolver)}, scanning at most {@code maxBlockRange} blocks. */
  public ArrayNode run(BlockResolver blocks, long maxBlockRange) {
    return run(blocks, maxBlockRange, Deadline.never());
  }

  /**
   * As {@link #run(BlockResolver, long)}, stopping with the timeout error once {@code deadline}
   * passes (checked at each block).
   */
  public ArrayNode run(BlockResolver blocks, long maxBlockRange, Deadline deadline) {
    ChainReader chain = blocks.chain();
    ArrayNode out = JsonNodes.array();
    if (blockHash.isPresent()) {
      Block block =
          chain
              .blockByHash(blockHash.get())
              .orElseThrow(
                  () ->
                      new RpcException(
                          RpcError.serverError(
                              "unknown block: no block " + blockHash.get() + " is stored here")));
      collect(chain, block.header(), blockHash.get(), Optional.of(block), out);
      return out;
    }
    long head = chain.head().number();
    long from = blocks.number(fromBlock);
    long to = blocks.number(toBlock);
    if (from > to) {
      throw new RpcException(RpcError.invalidParams("invalid block range params"));
    }
    if (to > head) {
      throw new RpcException(
          RpcError.invalidParams("block range extends beyond current head block"));
    }
    if (to - from + 1 > maxBlockRange) {
      throw new RpcException(
          RpcError.limitExceeded(
              "block range of "
                  + (to - from + 1)
                  + " blocks exceeds the limit of "
                  + maxBlockRange
                  + " per query (--rpc-max-logs-range); narrow fromBlock/toBlock (for example 0x"
                  + Long.toHexString(to - maxBlockRange + 1)
                  + " to 0x"
                  + Long.toHexString(to)
                  + ") and query the rest in further calls"));
    }
    for (long number = from; number <= to; number++) {
      deadline.check();
      Optional<BlockHeader> header = chain.headerByNumber(number);
      if (header.isPresent()) {
        collect(chain, header.get(), chain.hash(header.get()), Optional.empty(), out);
      }
    }
    return out;
  }

  private void collect(
      ChainReader chain, BlockHeader header, Hash hash, Optional<Block> knownBlock, ArrayNode out) {
    if (!mightMatch(header.logsBloom(), filter)) {
      return;
    }
    Optional<Block> block = knownBlock.isPresent() ? knownBlock : chain.blockByHash(hash);
    Optional<List<Receipt>> receipts = chain.receipts(hash);
    if (block.isEmpty() || receipts.isEmpty()) {
      return;
    }
    for (LogJson.Entry entry : LogJson.entries(block.get(), hash, receipts.get())) {
      if (matches(filter, entry.log())) {
        if (out.size() == MAX_RESULTS) {
          throw new RpcException(
              new RpcError(
                  RpcErrorCode.LIMIT_EXCEEDED,
                  "query returned more than "
                      + MAX_RESULTS
                      + " results; narrow the block range or filter by address and topics"));
        }
        out.add(entry.toJson());
      }
    }
  }

  public static boolean matches(LogFilter filter, Log log) {
    return LogFilterMatcher.matches(
        filter, log.address().toHex(), log.topics().stream().map(Hash::toHex).toList());
  }

  /** False when the bloom shows that no log of the block can match. */
  public static boolean mightMatch(Bloom bloom, LogFilter filter) {
    if (!filter.addresses().isEmpty()
        && filter.addresses().stream().noneMatch(a -> bloom.mightContain(Address.fromHex(a)))) {
      return false;
    }
    for (List<String> alternatives : filter.topics()) {
      if (!alternatives.isEmpty()
          && alternatives.stream().noneMatch(t -> bloom.mightContain(Hash.fromHex(t)))) {
        return false;
      }
    }
    return true;
  }
}
