package io.coterie.node.rpc.eth;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coterie.node.rpc.json.Quantity;
import io.coterie.node.types.AccessListEntry;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Hash;
import io.coterie.node.types.LegacyTx;
import io.coterie.node.types.Transaction;
import java.math.BigInteger;

/**
 * A transaction as geth shows it ({@code eth_getTransactionByHash}, full blocks, {@code
 * txpool_content}). A pending one has {@code null} block fields and, for EIP-1559, its fee cap as
 * {@code gasPrice}; a mined one the price it paid. Typed transactions add {@code accessList},
 * {@code chainId} and {@code yParity}; a protected legacy one adds {@code chainId}.
 */
public final class TransactionJson {
  private TransactionJson() {}

  public static ObjectNode mined(Transaction tx, BlockHeader header, Hash blockHash, int index) {
    ObjectNode json = JsonNodes.object();
    json.put("blockHash", blockHash.toHex());
    json.put("blockNumber", JsonNodes.quantity(header.number()));
    json.put("blockTimestamp", JsonNodes.quantity(header.timestamp()));
    fill(json, tx, tx.effectiveGasPrice(header.baseFeePerGas()));
    json.put("transactionIndex", JsonNodes.quantity(index));
    signatureFields(json, tx);
    return json;
  }

  public static ObjectNode pending(Transaction tx) {
    ObjectNode json = JsonNodes.object();
    json.putNull("blockHash");
    json.putNull("blockNumber");
    json.putNull("blockTimestamp");
    fill(json, tx, tx.maxFeePerGas());
    json.putNull("transactionIndex");
    signatureFields(json, tx);
    return json;
  }

  private static void fill(ObjectNode json, Transaction tx, BigInteger gasPrice) {
    json.put("from", JsonNodes.address(tx.sender()));
    json.put("gas", JsonNodes.quantity(tx.gasLimit()));
    json.put("gasPrice", Quantity.encode(gasPrice));
    switch (tx.type()) {
      case DYNAMIC_FEE -> {
        json.put("maxFeePerGas", Quantity.encode(tx.maxFeePerGas()));
        json.put("maxPriorityFeePerGas", Quantity.encode(tx.maxPriorityFeePerGas()));
      }
      case LEGACY, ACCESS_LIST -> {}
    }
    json.put("hash", tx.hash().toHex());
    json.put("input", tx.data().toHex());
    json.put("nonce", JsonNodes.quantity(tx.nonce()));
    if (tx.to().isPresent()) {
      json.put("to", JsonNodes.address(tx.to().get()));
    } else {
      json.putNull("to");
    }
  }

  /** The fields after {@code transactionIndex}, in geth's order. */
  private static void signatureFields(ObjectNode json, Transaction tx) {
    json.put("value", Quantity.encode(tx.value()));
    json.put("type", JsonNodes.quantity(tx.type().code()));
    switch (tx.type()) {
      case LEGACY -> {
        if (((LegacyTx) tx).isProtected()) {
          json.put("chainId", JsonNodes.quantity(tx.chainId().getAsLong()));
        }
      }
      case ACCESS_LIST, DYNAMIC_FEE -> {
        json.set("accessList", accessList(tx));
        json.put("chainId", JsonNodes.quantity(tx.chainId().getAsLong()));
      }
    }
    json.put("v", Quantity.encode(tx.v()));
    json.put("r", Quantity.encode(tx.r()));
    json.put("s", Quantity.encode(tx.s()));
    switch (tx.type()) {
      case ACCESS_LIST, DYNAMIC_FEE -> json.put("yParity", Quantity.encode(tx.v()));
      case LEGACY -> {}
    }
  }

  static ArrayNode accessList(Transaction tx) {
    ArrayNode list = JsonNodes.array();
    for (AccessListEntry entry : tx.accessList()) {
      ObjectNode item = list.addObject();
      item.put("address", JsonNodes.address(entry.address()));
      item.set("storageKeys", JsonNodes.hashes(entry.storageKeys()));
    }
    return list;
  }
}
