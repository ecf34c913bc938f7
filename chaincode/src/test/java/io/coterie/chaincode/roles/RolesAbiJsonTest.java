package io.coterie.chaincode.roles;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coterie.chaincode.abi.DispatchTable;
import io.coterie.chaincode.abi.Selector;
import io.coterie.chaincode.abi.StandardErrors;
import java.io.InputStream;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The published ABI JSON and the Java dispatch table can never drift apart. */
class RolesAbiJsonTest {
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
    for (DispatchTable.Entry e : new RolesPrecompile().dispatchTable().entries().values()) {
      fromJava.put(e.selector(), e.signature() + " " + e.mutability().abiName());
    }

    assertThat(fromJava).isEqualTo(fromJson);
  }

  @Test
  void abiErrorsAreExactlyTheErrorsThePrecompileReverts() {
    SortedSet<String> fromJson =
        entries("error")
            .map(RolesAbiJsonTest::signature)
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(fromJson)
        .containsExactlyInAnyOrder(
            RolesErrors.UNAUTHORIZED_ACCOUNT.signature(),
            RolesErrors.BAD_CONFIRMATION.signature(),
            StandardErrors.UNKNOWN_SELECTOR.signature(),
            StandardErrors.MALFORMED_CALLDATA.signature(),
            StandardErrors.NOT_PAYABLE.signature(),
            StandardErrors.WRITE_IN_STATIC_CALL.signature());
  }

  @Test
  void abiEventsAreExactlyTheEventsThePrecompileEmitsAllIndexed() {
    SortedSet<String> fromJson =
        entries("event")
            .map(RolesAbiJsonTest::signature)
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(fromJson)
        .containsExactlyInAnyOrder(
            RolesEvents.ROLE_GRANTED.signature(),
            RolesEvents.ROLE_REVOKED.signature(),
            RolesEvents.ROLE_ADMIN_CHANGED.signature());
    entries("event")
        .flatMap(e -> StreamSupport.stream(e.get("inputs").spliterator(), false))
        .forEach(input -> assertThat(input.get("indexed").asBoolean()).isTrue());
  }

  @Test
  void selectorsMatchOpenZeppelin() {
    assertThat(Selector.of("hasRole(bytes32,address)").toHex()).isEqualTo("0x91d14854");
    assertThat(Selector.of("grantRole(bytes32,address)").toHex()).isEqualTo("0x2f2ff15d");
    assertThat(Selector.of("revokeRole(bytes32,address)").toHex()).isEqualTo("0xd547741f");
    assertThat(Selector.of("renounceRole(bytes32,address)").toHex()).isEqualTo("0x36568abe");
    assertThat(Selector.of("getRoleAdmin(bytes32)").toHex()).isEqualTo("0x248a9ca3");
    assertThat(Selector.of("getRoleMember(bytes32,uint256)").toHex()).isEqualTo("0x9010d07c");
    assertThat(Selector.of("getRoleMemberCount(bytes32)").toHex()).isEqualTo("0xca15c873");
    assertThat(RolesErrors.UNAUTHORIZED_ACCOUNT.selector().toHex()).isEqualTo("0xe2517d3f");
    assertThat(RolesErrors.BAD_CONFIRMATION.selector().toHex()).isEqualTo("0x6697b232");
    assertThat(RolesPrecompile.IACCESS_CONTROL_ID.toHex()).isEqualTo("0x7965db0b");
    assertThat(RolesPrecompile.IACCESS_CONTROL_ENUMERABLE_ID.toHex()).isEqualTo("0x5a05180f");
  }

  private java.util.stream.Stream<JsonNode> entries(String type) {
    return StreamSupport.stream(abi.spliterator(), false)
        .filter(n -> n.get("type").asText().equals(type));
  }

  private static String signature(JsonNode entry) {
    String types =
        StreamSupport.stream(entry.get("inputs").spliterator(), false)
            .map(i -> i.get("type").asText())
            .collect(Collectors.joining(","));
    return entry.get("name").asText() + "(" + types + ")";
  }

  private static JsonNode readAbi() {
    try (InputStream in = RolesAbiJsonTest.class.getResourceAsStream("/abi/Roles.json")) {
      assertThat(in).as("abi/Roles.json on the class path").isNotNull();
      return new ObjectMapper().readTree(in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
