package io.coterie.node.rpc.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coterie.node.rpc.json.InvalidParamsException;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogFilterMatcherTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String LOYALTY = "0x0000000000000000000000000000000000001001";
  private static final String DAO = "0x0000000000000000000000000000000000001003";
  private static final String TRANSFER = topic('a');
  private static final String APPROVAL = topic('b');
  private static final String ALICE = topic('1');
  private static final String BOB = topic('2');

  private static String topic(char c) {
    return "0x" + String.valueOf(c).repeat(64);
  }

  private static LogFilter filter(String json) throws Exception {
    return LogFilter.fromJson(MAPPER.readTree(json));
  }

  private static boolean matches(LogFilter filter, String address, String... topics) {
    return LogFilterMatcher.matches(filter, address, List.of(topics));
  }

  @Test
  void emptyFilterMatchesEveryLog() {
    assertThat(matches(LogFilter.ALL, LOYALTY)).isTrue();
    assertThat(matches(LogFilter.ALL, DAO, TRANSFER, ALICE)).isTrue();
  }

  @Test
  void addressAsStringOrArrayCaseInsensitive() throws Exception {
    LogFilter one = filter("{\"address\":\"" + LOYALTY.toUpperCase().replace("0X", "0x") + "\"}");
    assertThat(matches(one, LOYALTY, TRANSFER)).isTrue();
    assertThat(matches(one, DAO, TRANSFER)).isFalse();
    LogFilter both = filter("{\"address\":[\"" + LOYALTY + "\",\"" + DAO + "\"]}");
    assertThat(matches(both, DAO)).isTrue();
  }

  @Test
  void topicsMatchByPositionWithNullWildcards() throws Exception {
    LogFilter transferToBob = filter("{\"topics\":[\"" + TRANSFER + "\",null,\"" + BOB + "\"]}");
    assertThat(matches(transferToBob, LOYALTY, TRANSFER, ALICE, BOB)).isTrue();
    assertThat(matches(transferToBob, LOYALTY, TRANSFER, BOB, ALICE)).isFalse();
    assertThat(matches(transferToBob, LOYALTY, APPROVAL, ALICE, BOB)).isFalse();
  }

  @Test
  void arraysInAPositionAreAlternatives() throws Exception {
    LogFilter either =
        filter("{\"topics\":[[\"" + TRANSFER + "\",\"" + APPROVAL + "\"],[\"" + ALICE + "\"]]}");
    assertThat(matches(either, LOYALTY, TRANSFER, ALICE)).isTrue();
    assertThat(matches(either, LOYALTY, APPROVAL, ALICE, BOB)).isTrue();
    assertThat(matches(either, LOYALTY, APPROVAL, BOB)).isFalse();
    LogFilter wildcardInArray = filter("{\"topics\":[[\"" + TRANSFER + "\",null]]}");
    assertThat(matches(wildcardInArray, LOYALTY, APPROVAL)).isTrue();
    LogFilter emptyArray = filter("{\"topics\":[[]]}");
    assertThat(matches(emptyArray, LOYALTY, APPROVAL)).isTrue();
  }

  @Test
  void moreFilterPositionsThanLogTopicsDoesNotMatchAsInGeth() throws Exception {
    LogFilter twoWildcards = filter("{\"topics\":[null,null]}");
    assertThat(matches(twoWildcards, LOYALTY, TRANSFER)).isFalse();
    assertThat(matches(twoWildcards, LOYALTY, TRANSFER, ALICE)).isTrue();
  }

  @Test
  void matchesLogsInJsonRpcShape() throws Exception {
    JsonNode log =
        MAPPER.readTree(
            "{\"address\":\"" + LOYALTY + "\",\"topics\":[\"" + TRANSFER + "\"],\"data\":\"0x\"}");
    assertThat(LogFilterMatcher.matches(filter("{\"topics\":[\"" + TRANSFER + "\"]}"), log))
        .isTrue();
    assertThat(LogFilterMatcher.matches(filter("{\"address\":\"" + DAO + "\"}"), log)).isFalse();
  }

  @Test
  void malformedFiltersSayWhatIsWrong() {
    assertThatThrownBy(() -> filter("{\"address\":\"0x12\"}"))
        .isInstanceOf(InvalidParamsException.class)
        .hasMessageStartingWith("address: expected 20 bytes");
    assertThatThrownBy(() -> filter("{\"topics\":[\"0x12\"]}"))
        .hasMessageStartingWith("topic: expected 32 bytes");
    assertThatThrownBy(() -> filter("{\"topics\":[null,null,null,null,null]}"))
        .hasMessageContaining("at most 4 topics");
    assertThatThrownBy(() -> filter("{\"topics\":\"" + TRANSFER + "\"}"))
        .hasMessageStartingWith("topics: expected an array");
  }
}
