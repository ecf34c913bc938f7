package io.coterie.genesis.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coterie.genesis.spec.Allocation;
import io.coterie.genesis.spec.ChainSpec;
import io.coterie.genesis.spec.ChaincodeTransition;
import io.coterie.genesis.spec.GenesisAddress;
import io.coterie.genesis.spec.GenesisCall;
import io.coterie.genesis.spec.QbftParameters;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link ChainSpec} as genesis JSON that {@link GenesisReader} reads back to an equal
 * spec. Quantities are written as {@code 0x} hex, as in Besu's examples; durations in whole seconds
 * are written with Besu's {@code ...seconds} keys, others with {@code ...milliseconds}.
 */
public final class GenesisWriter {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private GenesisWriter() {}

  public static String write(ChainSpec spec) {
    try {
      return MAPPER.writeValueAsString(toJson(spec)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  public static void write(ChainSpec spec, Path file) throws IOException {
    Files.writeString(file, write(spec), StandardCharsets.UTF_8);
  }

  static ObjectNode toJson(ChainSpec spec) {
    ObjectNode root = MAPPER.createObjectNode();
    ObjectNode config = root.putObject("config");
    config.put("chainId", spec.chainId());
    config.put("londonBlock", 0);
    writeQbft(config.putObject("qbft"), spec.qbft());
    ObjectNode coterie = config.putObject("coterie");
    coterie.put("accountPermissioning", spec.permissioning().accountPermissioning());
    coterie.put("nativeTransfers", spec.nativeTransfers());
    if (spec.precompiles().governorExclusive()) {
      coterie.put("governorExclusive", true);
    }
    ObjectNode roles = coterie.putObject("roles");
    for (Map.Entry<String, List<GenesisAddress>> role : spec.precompiles().roles().entrySet()) {
      addresses(roles.putArray(role.getKey()), role.getValue());
    }
    if (!spec.precompiles().params().isEmpty()) {
      ObjectNode precompiles = coterie.putObject("precompiles");
      spec.precompiles()
          .params()
          .forEach((name, values) -> values.forEach(precompiles.putObject(name)::put));
    }
    if (!spec.precompiles().gtinOwners().isEmpty()) {
      ObjectNode owners = coterie.putObject("gtinOwners");
      spec.precompiles().gtinOwners().forEach((key, owner) -> owners.put(key, owner.hex()));
    }
    if (!spec.transitions().isEmpty()) {
      ArrayNode transitions = coterie.putArray("transitions");
      for (ChaincodeTransition transition : spec.transitions()) {
        ObjectNode entry = transitions.addObject().put("block", transition.block());
        transition.precompiles().forEach(entry.putObject("precompiles")::put);
      }
    }
    if (!spec.setupCalls().isEmpty()) {
      ArrayNode setup = coterie.putArray("setup");
      for (GenesisCall call : spec.setupCalls()) {
        setup
            .addObject()
            .put("from", call.from().hex())
            .put("to", call.to().hex())
            .put("input", call.inputHex());
      }
    }
    root.put("gasLimit", hex(BigInteger.valueOf(spec.gasLimit())));
    root.put("timestamp", hex(BigInteger.valueOf(spec.timestampSeconds())));
    root.put("baseFeePerGas", hex(spec.baseFeePerGas()));
    root.put("difficulty", "0x1");
    root.put("vanity", spec.extraVanity().toHex());
    // Coterie's simplification of Besu's RLP extraData: the node encodes these into block 0's
    // extraData.
    addresses(root.putArray("validators"), spec.validators());
    ObjectNode alloc = root.putObject("alloc");
    for (Allocation allocation : spec.allocations()) {
      alloc.putObject(allocation.address().hex()).put("balance", hex(allocation.balanceWei()));
    }
    return root;
  }

  private static void writeQbft(ObjectNode qbft, QbftParameters p) {
    duration(qbft, "blockperiod", p.blockPeriodMillis());
    duration(qbft, "requesttimeout", p.requestTimeoutMillis());
    duration(qbft, "emptyblockperiod", p.emptyBlockPeriodMillis());
    duration(qbft, "maxroundtimeout", p.maxRoundTimeoutMillis());
    qbft.put("epochlength", p.epochLength());
  }

  private static void duration(ObjectNode qbft, String base, long millis) {
    if (millis % 1_000 == 0) {
      qbft.put(base + "seconds", millis / 1_000);
    } else {
      qbft.put(base + "milliseconds", millis);
    }
  }

  private static void addresses(ArrayNode array, List<GenesisAddress> addresses) {
    addresses.forEach(address -> array.add(address.hex()));
  }

  private static String hex(BigInteger value) {
    return value.signum() < 0 ? value.toString() : "0x" + value.toString(16);
  }
}
