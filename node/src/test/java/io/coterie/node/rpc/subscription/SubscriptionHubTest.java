package io.coterie.node.rpc.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class SubscriptionHubTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** A connection that keeps what it was sent. */
  private static final class Inbox implements SubscriptionSink {
    final List<JsonNode> received = new CopyOnWriteArrayList<>();

    @Override
    public void send(JsonNode notification) {
      received.add(notification);
    }
  }

  private final SubscriptionHub hub = new SubscriptionHub(new SubscriptionIdSource(0x0102L));

  @Test
  void idsAreUniqueHexQuantitiesOfAtMostSixteenBytes() {
    Inbox inbox = new Inbox();
    String first = hub.subscribe(inbox, SubscriptionKind.NEW_HEADS, LogFilter.ALL);
    String second = hub.subscribe(inbox, SubscriptionKind.NEW_HEADS, LogFilter.ALL);
    assertThat(first).matches("0x[1-9a-f][0-9a-f]{0,31}").isNotEqualTo(second);
  }

  @Test
  void newHeadsReachOnlyHeadSubscribersInEthSubscriptionFormat() throws Exception {
    Inbox heads = new Inbox();
    Inbox pending = new Inbox();
    String id = hub.subscribe(heads, SubscriptionKind.NEW_HEADS, LogFilter.ALL);
    hub.subscribe(pending, SubscriptionKind.NEW_PENDING_TRANSACTIONS, LogFilter.ALL);
    hub.onNewHead(MAPPER.readTree("{\"number\":\"0x5\"}"));
    assertThat(heads.received).hasSize(1);
    assertThat(heads.received.get(0).toString())
        .isEqualTo(
            "{\"jsonrpc\":\"2.0\",\"method\":\"eth_subscription\",\"params\":{\"subscription\":\""
                + id
                + "\",\"result\":{\"number\":\"0x5\"}}}");
    assertThat(pending.received).isEmpty();
    hub.onPendingTransaction("0x" + "cd".repeat(32));
    assertThat(pending.received.get(0).at("/params/result").textValue())
        .isEqualTo("0x" + "cd".repeat(32));
  }

  @Test
  void logsAreFilteredPerSubscription() throws Exception {
    Inbox dao = new Inbox();
    Inbox all = new Inbox();
    hub.subscribe(
        dao,
        SubscriptionKind.LOGS,
        LogFilter.fromJson(
            MAPPER.readTree("{\"address\":\"0x0000000000000000000000000000000000001003\"}")));
    hub.subscribe(all, SubscriptionKind.LOGS, LogFilter.ALL);
    hub.onLogs(
        List.of(
            MAPPER.readTree(
                "{\"address\":\"0x0000000000000000000000000000000000001001\",\"topics\":[]}"),
            MAPPER.readTree(
                "{\"address\":\"0x0000000000000000000000000000000000001003\",\"topics\":[]}")));
    assertThat(all.received).hasSize(2);
    assertThat(dao.received).hasSize(1);
    assertThat(dao.received.get(0).at("/params/result/address").textValue()).endsWith("1003");
  }

  @Test
  void unsubscribeOnlyFromTheOwningConnectionAndRemoveAllOnClose() {
    Inbox owner = new Inbox();
    Inbox other = new Inbox();
    String id = hub.subscribe(owner, SubscriptionKind.NEW_HEADS, LogFilter.ALL);
    assertThat(hub.unsubscribe(other, id)).isFalse();
    assertThat(hub.unsubscribe(owner, id)).isTrue();
    assertThat(hub.unsubscribe(owner, id)).isFalse();
    hub.subscribe(owner, SubscriptionKind.NEW_HEADS, LogFilter.ALL);
    hub.subscribe(owner, SubscriptionKind.LOGS, LogFilter.ALL);
    hub.subscribe(other, SubscriptionKind.LOGS, LogFilter.ALL);
    assertThat(hub.removeAll(owner)).isEqualTo(2);
    assertThat(hub.size()).isEqualTo(1);
  }
}
