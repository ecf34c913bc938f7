package io.coterie.node.rpc.eth;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coterie.node.rpc.json.Quantity;
import io.coterie.node.types.Block;
import io.coterie.node.types.BlockCodec;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Hash;
import java.math.BigInteger;
import java.util.List;

/**
 * Headers and blocks as geth shows them. {@code hash} is the chain's block hash (QBFT's, without
 * round and seals), {@code size} the RLP size of the whole block, {@code uncles} always empty and
 * {@code withdrawals} absent (no beacon chain).
 */
public final class BlockJson {
  private BlockJson() {}

  /** The header fields, as {@code newHeads} notifications carry them. */
  public static ObjectNode header(BlockHeader header, Hash blockHash) {
    ObjectNode json = JsonNodes.object();
    json.put("baseFeePerGas", Quantity.encode(header.baseFeePerGas()));
    json.put("difficulty", Quantity.encode(header.difficulty()));
    json.put("extraData", header.extraData().toHex());
    json.put("gasLimit", JsonNodes.quantity(header.gasLimit()));
    json.put("gasUsed", JsonNodes.quantity(header.gasUsed()));
    json.put("hash", blockHash.toHex());
    json.put("logsBloom", header.logsBloom().toHex());
    json.put("miner", JsonNodes.address(header.coinbase()));
    json.put("mixHash", header.mixHash().toHex());
    json.put("nonce", header.nonce().toHex());
    json.put("number", JsonNodes.quantity(header.number()));
    json.put("parentHash", header.parentHash().toHex());
    json.put("receiptsRoot", header.receiptsRoot().toHex());
    json.put("sha3Uncles", header.ommersHash().toHex());
    json.put("stateRoot", header.stateRoot().toHex());
    json.put("timestamp", JsonNodes.quantity(header.timestamp()));
    json.put("transactionsRoot", header.transactionsRoot().toHex());
    return json;
  }

  /**
   * A block with its transaction hashes, or the full transactions when {@code fullTransactions}.
   */
  public static ObjectNode block(Block block, Hash blockHash, boolean fullTransactions) {
    BlockHeader header = block.header();
    ObjectNode json = header(header, blockHash);
    json.put("size", JsonNodes.quantity(BlockCodec.encode(block).length));
    json.put("totalDifficulty", Quantity.encode(totalDifficulty(header)));
    ArrayNode transactions = json.putArray("transactions");
    for (int i = 0; i < block.transactions().size(); i++) {
      if (fullTransactions) {
        transactions.add(TransactionJson.mined(block.transactions().get(i), header, blockHash, i));
      } else {
        transactions.add(block.transactions().get(i).hash().toHex());
      }
    }
    json.set("uncles", JsonNodes.hashes(List.of()));
    return json;
  }

  /**
   * QBFT gives every block the same difficulty (Besu's rule, kept here), so the sum over the chain
   * is that difficulty times the number of blocks; tools only use it to compare chains.
   */
  static BigInteger totalDifficulty(BlockHeader header) {
    return header.difficulty().multiply(BigInteger.valueOf(header.number() + 1));
  }
}
