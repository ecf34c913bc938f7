package io.coterie.chaincode.dao;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coterie.chaincode.abi.DispatchTable;
import io.coterie.chaincode.abi.Selector;
import io.coterie.chaincode.abi.SolidityError;
import io.coterie.chaincode.abi.SolidityEvent;
import io.coterie.chaincode.abi.StandardErrors;
import io.coterie.chaincode.roles.RolesErrors;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The published ABI JSON and the Java dispatch table, errors and events can never drift apart. */
class GovernorAbiJsonTest {
  private final JsonNode abi = readAbi();

  @Test
  void everyAbiFunctionHasAHandlerAndEveryHandlerIsInTheAbi() {
    SortedMap<Selector, String> fromJson = new TreeMap<>();
    entries("function")
        .forEach(
            f ->
                fromJson.put(
                    Selector.of(signature(f)),
                    signature(f) + " " + f.get("stateMutability").asText()));
    SortedMap<Selector, String> fromJava = new TreeMap<>();
    DispatchTable table = new GovernorPrecompile(new VotingPowerSources()).dispatchTable();
    for (DispatchTable.Entry e : table.entries().values()) {
      fromJava.put(e.selector(), e.signature() + " " + e.mutability().abiName());
    }

    assertThat(fromJava).isEqualTo(fromJson);
  }

  @Test
  void abiErrorsAreExactlyTheErrorsThePrecompileDeclares() {
    SortedSet<String> fromJava =
        Stream.concat(
                constants(GovernorErrors.class, SolidityError.class).map(SolidityError::signature),
                Stream.of(
                    RolesErrors.UNAUTHORIZED_ACCOUNT.signature(),
                    StandardErrors.UNKNOWN_SELECTOR.signature(),
                    StandardErrors.MALFORMED_CALLDATA.signature(),
                    StandardErrors.NOT_PAYABLE.signature(),
                    StandardErrors.WRITE_IN_STATIC_CALL.signature()))
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(names("error")).isEqualTo(fromJava);
  }

  @Test
  void abiEventsAreExactlyTheEventsThePrecompileEmitsWithOzIndexing() {
    SortedSet<String> fromJava =
        constants(GovernorEvents.class, SolidityEvent.class)
            .map(SolidityEvent::signature)
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(names("event")).isEqualTo(fromJava);
    SortedSet<String> indexed =
        entries("event")
            .flatMap(
                e ->
                    StreamSupport.stream(e.get("inputs").spliterator(), false)
                        .filter(i -> i.get("indexed").asBoolean())
                        .map(i -> e.get("name").asText() + "." + i.get("name").asText()))
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(indexed).containsExactly("VoteCast.voter", "VoteCastWithParams.voter");
  }

  @Test
  void selectorsMatchOpenZeppelin() {
    assertThat(Selector.of("propose(address[],uint256[],bytes[],string)").toHex())
        .isEqualTo("0x7d5e81e2");
    assertThat(Selector.of("execute(address[],uint256[],bytes[],bytes32)").toHex())
        .isEqualTo("0x2656227d");
    assertThat(Selector.of("cancel(address[],uint256[],bytes[],bytes32)").toHex())
        .isEqualTo("0x452115d6");
    assertThat(Selector.of("castVote(uint256,uint8)").toHex()).isEqualTo("0x56781388");
    assertThat(Selector.of("castVoteBySig(uint256,uint8,address,bytes)").toHex())
        .isEqualTo("0x8ff262e3");
    assertThat(
            Selector.of(
                    "castVoteWithReasonAndParamsBySig(uint256,uint8,address,string,bytes,bytes)")
                .toHex())
        .isEqualTo("0x5b8d0e0d");
    assertThat(Selector.of("getVotes(address,uint256)").toHex()).isEqualTo("0xeb9019d4");
    assertThat(Selector.of("COUNTING_MODE()").toHex()).isEqualTo("0xdd4e2ba5");
    assertThat(Selector.of("clock()").toHex()).isEqualTo("0x91ddadf4");
  }

  private SortedSet<String> names(String type) {
    return entries(type)
        .map(GovernorAbiJsonTest::signature)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private Stream<JsonNode> entries(String type) {
    return StreamSupport.stream(abi.spliterator(), false)
        .filter(n -> n.get("type").asText().equals(type));
  }

  private static <T> Stream<T> constants(Class<?> holder, Class<T> type) {
    return Arrays.stream(holder.getDeclaredFields())
        .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType().equals(type))
        .map(f -> type.cast(read(f)));
  }

  private static Object read(Field f) {
    try {
      return f.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String signature(JsonNode entry) {
    String types =
        StreamSupport.stream(entry.get("inputs").spliterator(), false)
            .map(i -> i.get("type").asText())
            .collect(Collectors.joining(","));
    return entry.get("name").asText() + "(" + types + ")";
  }

  private static JsonNode readAbi() {
    try (InputStream in = GovernorAbiJsonTest.class.getResourceAsStream("/abi/Governor.json")) {
      assertThat(in).as("abi/Governor.json on the class path").isNotNull();
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
