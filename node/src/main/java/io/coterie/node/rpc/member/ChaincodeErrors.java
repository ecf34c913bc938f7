package io.coterie.node.rpc.member;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coterie.node.rpc.explorer.AbiCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/**
 * Every custom error of the chaincode's ABI files by 4-byte selector: its name and input types, so
 * a revert from member accounts or from the target it called can be named and its arguments read.
 */
final class ChaincodeErrors {
  /** One error: name and canonical input types. */
  record ErrorType(String name, List<String> inputs) {
    ErrorType {
      inputs = List.copyOf(inputs);
    }
  }

  private static final SortedMap<String, ErrorType> BY_SELECTOR = load();

  private ChaincodeErrors() {}

  /** The error whose selector is {@code selectorHex} (0x + 8 hex digits, lower case). */
  static Optional<ErrorType> bySelector(String selectorHex) {
    return Optional.ofNullable(BY_SELECTOR.get(selectorHex));
  }

  private static SortedMap<String, ErrorType> load() {
    ObjectMapper json = new ObjectMapper();
    SortedMap<String, ErrorType> errors = new TreeMap<>();
    for (String contract : AbiCatalog.CONTRACTS) {
      try (InputStream in =
          ChaincodeErrors.class.getResourceAsStream("/abi/" + contract + ".json")) {
        if (in == null) {
          throw new IllegalStateException(
              "abi/" + contract + ".json is missing from the class path");
        }
        for (JsonNode entry : json.readTree(in)) {
          if (!"error".equals(entry.path("type").asText())) {
            continue;
          }
          List<String> inputs = new ArrayList<>();
          entry.path("inputs").forEach(p -> inputs.add(p.path("type").asText()));
          String name = entry.path("name").asText();
          String signature = name + "(" + String.join(",", inputs) + ")";
          String selector =
              Numeric.toHexString(
                      Hash.sha3(signature.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                  .substring(0, 10);
          errors.putIfAbsent(selector, new ErrorType(name, inputs));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read abi/" + contract + ".json", e);
      }
    }
    return Collections.unmodifiableSortedMap(errors);
  }
}
