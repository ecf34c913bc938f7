package io.coterie.node.cli.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coterie.node.cli.CliException;
import io.coterie.node.rpc.json.Quantity;
import io.coterie.node.state.Account;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A {@link ProofBundle} as a JSON file: hex strings throughout (quantities as {@code eth_getProof}
 * writes them), so any Ethereum tool can read it. Reading names the JSON path of a bad field.
 */
public final class ProofBundleJson {
  static final String FORMAT = "coterie-proof-bundle/1";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ProofBundleJson() {}

  public static void write(ProofBundle bundle, Path file) {
    try {
      Files.writeString(file, JSON.writeValueAsString(encode(bundle)) + "\n");
    } catch (IOException e) {
      throw CliException.failed("cannot write the bundle to " + file + ": " + e.getMessage());
    }
  }

  public static ProofBundle read(Path file) {
    JsonNode root;
    try {
      root = JSON.readTree(Files.readString(file));
    } catch (IOException e) {
      throw CliException.failed("cannot read the bundle " + file + ": " + e.getMessage());
    }
    try {
      return decode(root);
    } catch (IllegalArgumentException e) {
      throw CliException.failed(
          file + " is not a proof bundle written by `coterie audit export`: " + e.getMessage());
    }
  }

  static ObjectNode encode(ProofBundle bundle) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("blockNumber", Quantity.encode(bundle.blockNumber()));
    root.put("blockHash", bundle.blockHash().toHex());
    root.put("header", bundle.header().toHex());
    ArrayNode validators = root.putArray("validators");
    bundle.validators().forEach(v -> validators.add(v.toHex()));
    ObjectNode account = root.putObject("account");
    account.put("address", bundle.address().toHex());
    account.put("nonce", Quantity.encode(bundle.account().nonce()));
    account.put("balance", Quantity.encode(bundle.account().balance()));
    account.put("storageHash", bundle.account().storageRoot().toHex());
    account.put("codeHash", bundle.account().codeHash().toHex());
    account.set("accountProof", nodes(bundle.accountProof()));
    ArrayNode slots = root.putArray("storageProof");
    for (ProofBundle.SlotProof slot : bundle.storageProofs()) {
      ObjectNode entry = slots.addObject();
      entry.put("key", slot.key().toHex());
      entry.put("value", Quantity.encode(slot.value()));
      entry.set("proof", nodes(slot.proof()));
    }
    bundle
        .lot()
        .ifPresent(
            lot -> {
              ObjectNode node = root.putObject("lot");
              node.put("id", lot.lotId().toHex());
              node.set("trace", lot.trace());
            });
    return root;
  }

  static ProofBundle decode(JsonNode root) {
    String format = text(root, "/format");
    if (!format.equals(FORMAT)) {
      throw new IllegalArgumentException("format is '" + format + "', expected '" + FORMAT + "'");
    }
    Account fields =
        new Account(
            field(root, "/account/nonce", Quantity::decodeLong),
            field(root, "/account/balance", Quantity::decode),
            field(root, "/account/storageHash", Hash::fromHex),
            field(root, "/account/codeHash", Hash::fromHex));
    List<ProofBundle.SlotProof> slots = new ArrayList<>();
    JsonNode storage = array(root, "/storageProof");
    for (int i = 0; i < storage.size(); i++) {
      String at = "/storageProof/" + i;
      slots.add(
          new ProofBundle.SlotProof(
              field(root, at + "/key", Hash::fromHex),
              field(root, at + "/value", Quantity::decode),
              nodes(root, at + "/proof")));
    }
    Optional<ProofBundle.LotRecord> lot = Optional.empty();
    if (root.has("lot")) {
      JsonNode trace = root.at("/lot/trace");
      if (!trace.isObject()) {
        throw new IllegalArgumentException("/lot/trace is missing or not an object");
      }
      lot = Optional.of(new ProofBundle.LotRecord(field(root, "/lot/id", Hash::fromHex), trace));
    }
    List<Address> validators = new ArrayList<>();
    JsonNode set = array(root, "/validators");
    for (int i = 0; i < set.size(); i++) {
      validators.add(field(root, "/validators/" + i, Address::fromHex));
    }
    return new ProofBundle(
        field(root, "/blockNumber", Quantity::decodeLong),
        field(root, "/blockHash", Hash::fromHex),
        field(root, "/header", Bytes::fromHex),
        validators,
        field(root, "/account/address", Address::fromHex),
        fields,
        nodes(root, "/account/accountProof"),
        slots,
        lot);
  }

  private static ArrayNode nodes(List<Bytes> proof) {
    ArrayNode out = JSON.createArrayNode();
    proof.forEach(node -> out.add(node.toHex()));
    return out;
  }

  private static List<Bytes> nodes(JsonNode root, String at) {
    JsonNode array = array(root, at);
    List<Bytes> out = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      out.add(field(root, at + "/" + i, Bytes::fromHex));
    }
    return out;
  }

  private static JsonNode array(JsonNode root, String at) {
    JsonNode node = root.at(at);
    if (!node.isArray()) {
      throw new IllegalArgumentException(at + " is missing or not an array");
    }
    return node;
  }

  private static String text(JsonNode root, String at) {
    JsonNode node = root.at(at);
    if (!node.isTextual()) {
      throw new IllegalArgumentException(at + " is missing or not a string");
    }
    return node.textValue();
  }

  private static <T> T field(JsonNode root, String at, Function<String, T> parse) {
    String text = text(root, at);
    try {
      return parse.apply(text);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(at + " ('" + text + "'): " + e.getMessage());
    }
  }
}
