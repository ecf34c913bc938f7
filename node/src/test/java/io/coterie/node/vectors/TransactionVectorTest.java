package io.coterie.node.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;

import com.fasterxml.jackson.databind.JsonNode;
import io.coterie.node.rlp.RlpException;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import io.coterie.node.types.SignatureCheck;
import io.coterie.node.types.Transaction;
import io.coterie.node.types.TransactionCodec;
import io.coterie.node.types.TransactionInvariants;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * ethereum/tests TransactionTests, judged by the London result (our rule set). A transaction goes
 * through the stages a node applies before execution, in the order the validator applies them:
 * decode, chain id (the vectors use chain 1), signature, fee invariants. Expected successes must
 * pass all of them with the expected hash and sender; expected exceptions must stop at a stage that
 * owns that exception. Cases we deliberately judge differently are listed with reasons in {@code
 * vectors-skipped.txt}.
 */
class TransactionVectorTest {
  private static final long VECTOR_CHAIN_ID = 1;

  enum Stage {
    DECODE,
    SIGNATURE,
    CHAIN_ID,
    INVARIANTS,
    ACCEPTED
  }

  @TestFactory
  Stream<DynamicTest> transactionVectors() throws IOException {
    Path root = Vectors.ethereumTests("TransactionTests");
    Map<String, String> skipped = Vectors.skipped();
    List<DynamicTest> tests = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    for (Path file : files) {
      String relative = root.getParent().relativize(file).toString();
      Vectors.json(file)
          .fields()
          .forEachRemaining(
              entry -> {
                String id = relative + "#" + entry.getKey();
                tests.add(
                    DynamicTest.dynamicTest(
                        id, () -> check(id, entry.getValue(), skipped.get(id))));
              });
    }
    return tests.stream();
  }

  private static void check(String id, JsonNode vector, String skipReason) {
    if (skipReason != null) {
      abort("skipped (vectors-skipped.txt): " + skipReason);
    }
    JsonNode expected = vector.get("result").get("London");
    byte[] raw = Bytes.parseHex(vector.get("txbytes").asText());
    Outcome outcome = run(raw);
    if (expected.has("exception")) {
      String exception = expected.get("exception").asText();
      assertThat(outcome.stage())
          .as("%s expects %s; we reached %s (%s)", id, exception, outcome.stage(), outcome.detail())
          .isIn(owners(exception));
    } else {
      assertThat(outcome.stage()).as("%s: %s", id, outcome.detail()).isEqualTo(Stage.ACCEPTED);
      Transaction tx = outcome.tx();
      assertThat(tx.hash()).isEqualTo(Hash.fromHex(expected.get("hash").asText()));
      assertThat(tx.sender()).isEqualTo(Address.fromHex(expected.get("sender").asText()));
      assertThat(Bytes.toHex(TransactionCodec.encode(tx))).isEqualTo(Bytes.toHex(raw));
    }
  }

  private record Outcome(Stage stage, String detail, Transaction tx) {}

  private static Outcome run(byte[] raw) {
    Transaction tx;
    try {
      tx = TransactionCodec.decode(raw);
    } catch (RlpException e) {
      return new Outcome(Stage.DECODE, e.getMessage(), null);
    }
    OptionalLong chainId = tx.chainId();
    if (chainId.isPresent() && chainId.getAsLong() != VECTOR_CHAIN_ID) {
      return new Outcome(Stage.CHAIN_ID, "chain id " + chainId.getAsLong(), tx);
    }
    if (tx.signatureCheck() instanceof SignatureCheck.Invalid invalid) {
      return new Outcome(Stage.SIGNATURE, invalid.reason(), tx);
    }
    return TransactionInvariants.firstViolation(tx)
        .map(v -> new Outcome(Stage.INVARIANTS, v, tx))
        .orElseGet(() -> new Outcome(Stage.ACCEPTED, "accepted", tx));
  }

  /** The stages allowed to refuse a transaction for each exception the vectors name. */
  private static Set<Stage> owners(String exception) {
    String name = exception.substring(exception.indexOf('.') + 1);
    if (name.startsWith("RLP_")
        || name.startsWith("ADDRESS_TOO_")
        || name.equals("TYPE_NOT_SUPPORTED")
        || name.endsWith("_OVERFLOW") && !name.equals("GASLIMIT_PRICE_PRODUCT_OVERFLOW")
        || name.equals("NONCE_TOO_BIG")) {
      return EnumSet.of(Stage.DECODE);
    }
    return switch (name) {
      case "INVALID_SIGNATURE_VRS", "EC_RECOVERY_FAIL" -> EnumSet.of(Stage.DECODE, Stage.SIGNATURE);
      case "INVALID_CHAINID" -> EnumSet.of(Stage.DECODE, Stage.CHAIN_ID);
      // A gas limit of 2^63 or more already fails decoding: our gas limit field is 63 bits.
      case "GASLIMIT_PRICE_PRODUCT_OVERFLOW" -> EnumSet.of(Stage.DECODE, Stage.INVARIANTS);
      case "PRIORITY_GREATER_THAN_MAX_FEE_PER_GAS", "PRIORITY_GREATER_THAN_MAX_FEE_PER_GAS_2" ->
          EnumSet.of(Stage.INVARIANTS);
      default -> throw new UncheckedIOException(new IOException("unmapped exception " + name));
    };
  }
}
