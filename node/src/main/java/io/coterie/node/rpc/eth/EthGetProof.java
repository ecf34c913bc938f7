package io.coterie.node.rpc.eth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coterie.node.rpc.json.BlockParameter;
import io.coterie.node.rpc.json.InvalidParamsException;
import io.coterie.node.rpc.json.Quantity;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;
import io.coterie.node.state.AccountProof;
import io.coterie.node.state.StorageProof;
import io.coterie.node.trie.Proof;
import io.coterie.node.types.Address;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Hash;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code eth_getProof(address, storageKeys, block)} (EIP-1186) at any stored block: the account's
 * fields and Merkle proof against the block's {@code stateRoot}, and per key the value and proof
 * against the account's {@code storageHash}. Auditors verify chaincode records with it.
 */
public final class EthGetProof implements RpcMethod {
  static final int MAX_KEYS = 1_024;

  private final BlockResolver blocks;

  public EthGetProof(BlockResolver blocks) {
    this.blocks = blocks;
  }

  @Override
  public String name() {
    return "eth_getProof";
  }

  @Override
  public Object execute(RpcParams params) {
    params.atMost(3);
    Address address = EthParams.address(params, 0, "address");
    List<Hash> slots = slots(params.required(1, "storageKeys"));
    BlockHeader header = blocks.require(params.optionalBlock(2, "block", BlockParameter.LATEST));
    return toJson(blocks.chain().stateAt(header).getProof(address, slots));
  }

  private static List<Hash> slots(JsonNode keys) {
    if (!keys.isArray()) {
      throw new InvalidParamsException(
          "invalid param 1 (storageKeys): expected an array of storage slots, such as [\"0x0\"]");
    }
    if (keys.size() > MAX_KEYS) {
      throw new InvalidParamsException(
          "invalid param 1 (storageKeys): at most "
              + MAX_KEYS
              + " keys per call, got "
              + keys.size());
    }
    List<Hash> slots = new ArrayList<>();
    for (JsonNode key : keys) {
      try {
        slots.add(EthParams.slot(key.isTextual() ? key.textValue() : key.toString()));
      } catch (InvalidParamsException e) {
        throw e.forParam(1, "storageKeys[" + slots.size() + "]");
      }
    }
    return slots;
  }

  /** The EIP-1186 JSON of a proof, as {@code eth_getProof} returns it. */
  public static ObjectNode toJson(AccountProof proof) {
    ObjectNode json = JsonNodes.object();
    json.put("address", JsonNodes.address(proof.address()));
    json.set("accountProof", nodes(proof.accountProof()));
    json.put("balance", Quantity.encode(proof.account().balance()));
    json.put("codeHash", proof.account().codeHash().toHex());
    json.put("nonce", JsonNodes.quantity(proof.account().nonce()));
    json.put("storageHash", proof.account().storageRoot().toHex());
    ArrayNode storage = json.putArray("storageProof");
    for (StorageProof slot : proof.storageProof()) {
      ObjectNode entry = storage.addObject();
      entry.put("key", Quantity.encode(new BigInteger(1, slot.key().toArray())));
      entry.put("value", Quantity.encode(slot.value()));
      entry.set("proof", nodes(slot.proof()));
    }
    return json;
  }

  private static ArrayNode nodes(Proof proof) {
    ArrayNode out = JsonNodes.array();
    proof.nodes().forEach(node -> out.add(node.toHex()));
    return out;
  }
}
