package io.coterie.node.rpc.eth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.coterie.genesis.devnet.DevnetSpec;
import io.coterie.node.crypto.PrivateKey;
import io.coterie.node.rpc.json.Data;
import io.coterie.node.rpc.subscription.LogFilter;
import io.coterie.node.rpc.subscription.SubscriptionKind;
import io.coterie.node.types.Address;
import io.coterie.node.types.Block;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Destination;
import io.coterie.node.types.Hash;
import io.coterie.node.types.Transaction;
import io.coterie.node.types.TransactionCodec;
import io.coterie.node.types.TransactionSigner;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sending, pending lookups, txpool, logs, polling filters and subscriptions on a real chain and
 * pool.
 */
class EthPoolAndFilterMethodsTest {
  @TempDir Path dir;
  final MovableClock clock = new MovableClock();
  ChainFixture fx;
  RpcCall rpc;
  final Address stranger = Address.fromHex("0x00000000000000000000000000000000000000aa");

  @BeforeEach
  void start() {
    fx = new ChainFixture(dir, clock);
    rpc = fx.rpc;
  }

  private static String raw(Transaction tx) {
    return Data.encode(TransactionCodec.encode(tx));
  }

  @Test
  void aSentTransactionIsPendingThenMined() {
    Transaction tx = ChainFixture.transfer(4, 0, stranger, 7);
    Address sender = ChainFixture.address(4);
    assertThat(rpc.result("eth_sendRawTransaction", raw(tx)).textValue())
        .isEqualTo(tx.hash().toHex());

    JsonNode pending = rpc.result("eth_getTransactionByHash", tx.hash().toHex());
    assertThat(pending.get("blockHash").isNull()).isTrue();
    assertThat(pending.get("transactionIndex").isNull()).isTrue();
    assertThat(pending.get("from").textValue()).isEqualTo(sender.toHex());
    assertThat(rpc.result("eth_getRawTransactionByHash", tx.hash().toHex()).textValue())
        .isEqualTo(raw(tx));
    assertThat(rpc.result("eth_getTransactionCount", sender.toHex(), "pending").textValue())
        .isEqualTo("0x1");
    assertThat(rpc.result("eth_getTransactionCount", sender.toHex(), "latest").textValue())
        .isEqualTo("0x0");
    assertThat(rpc.result("eth_getTransactionReceipt", tx.hash().toHex()).isNull()).isTrue();
    assertThat(rpc.result("txpool_status"))
        .isEqualTo(RpcCall.json("{\"pending\":\"0x1\",\"queued\":\"0x0\"}"));
    JsonNode content = rpc.result("txpool_content");
    assertThat(content.at("/pending/" + sender.toChecksumHex() + "/0/hash").textValue())
        .isEqualTo(tx.hash().toHex());
    assertThat(content.get("queued")).isEmpty();

    Block block = fx.chain.mineFromPool();
    JsonNode mined = rpc.result("eth_getTransactionByHash", tx.hash().toHex());
    assertThat(mined.get("blockHash").textValue())
        .isEqualTo(fx.chain.chain.hash(block.header()).toHex());
    assertThat(mined.get("blockNumber").textValue()).isEqualTo("0x1");
    assertThat(rpc.result("eth_getTransactionReceipt", tx.hash().toHex()).get("status").textValue())
        .isEqualTo("0x1");
    assertThat(rpc.result("eth_getTransactionCount", sender.toHex()).textValue()).isEqualTo("0x1");
    assertThat(rpc.result("eth_getRawTransactionByHash", tx.hash().toHex()).textValue())
        .isEqualTo(raw(tx));
  }

  @Test
  void malformedBytesAreInvalidParamsAndPoolRejectionsAreServerErrorsWithThePoolsWords() {
    JsonNode malformed = rpc.error("eth_sendRawTransaction", "0x02c0");
    assertThat(malformed.get("code").intValue()).isEqualTo(-32602);
    assertThat(malformed.get("message").textValue()).startsWith("invalid raw transaction: ");

    Transaction tx = ChainFixture.transfer(4, 0, stranger, 7);
    rpc.result("eth_sendRawTransaction", raw(tx));
    fx.chain.mineFromPool();
    JsonNode stale =
        rpc.error("eth_sendRawTransaction", raw(ChainFixture.transfer(4, 0, stranger, 8)));
    assertThat(stale.get("code").intValue()).isEqualTo(-32000);
    assertThat(stale.get("message").textValue()).startsWith("nonce too low");

    TransactionSigner otherChain =
        new TransactionSigner(
            PrivateKey.fromBigInteger(DevnetSpec.accounts().get(4).privateKey()), 1);
    Transaction wrong =
        otherChain.legacy(
            1, BigInteger.ZERO, 21_000, Destination.call(stranger), BigInteger.ONE, Bytes.EMPTY);
    assertThat(rpc.error("eth_sendRawTransaction", raw(wrong)).get("message").textValue())
        .startsWith("invalid chain id");
  }

  @Test
  void getLogsFindsRoleGrantsByRangeHashAddressAndTopic() {
    fx.chain.mine(ChainFixture.transfer(4, 0, stranger, 1));
    Block block = fx.chain.mine(ChainFixture.grantShop(0, stranger));
    Hash blockHash = fx.chain.chain.hash(block.header());
    String account = "0x" + ChainFixture.word(stranger);

    JsonNode all = rpc.result("eth_getLogs", Map.of("fromBlock", "0x0", "toBlock", "latest"));
    assertThat(all).hasSize(1);
    JsonNode log = all.get(0);
    assertThat(log.get("address").textValue()).isEqualTo(ChainFixture.ROLES.toHex());
    assertThat(log.get("blockNumber").textValue()).isEqualTo("0x2");
    assertThat(log.get("blockHash").textValue()).isEqualTo(blockHash.toHex());
    assertThat(log.get("removed").booleanValue()).isFalse();
    assertThat(log.at("/topics/1").textValue()).isEqualTo(ChainFixture.SHOP_ROLE);
    assertThat(log.at("/topics/2").textValue()).isEqualTo(account);

    assertThat(rpc.result("eth_getLogs", Map.of("blockHash", blockHash.toHex()))).isEqualTo(all);
    assertThat(
            rpc.result(
                "eth_getLogs",
                Map.of(
                    "fromBlock",
                    "0x0",
                    "topics",
                    List.of(List.of(), List.of(ChainFixture.SHOP_ROLE)))))
        .isEqualTo(all);
    assertThat(rpc.result("eth_getLogs", Map.of("fromBlock", "0x0", "address", stranger.toHex())))
        .isEmpty();
    assertThat(rpc.result("eth_getLogs", Map.of("fromBlock", "0x0", "toBlock", "0x1"))).isEmpty();
    assertThat(rpc.result("eth_getLogs", Map.of())).isEqualTo(all);
  }

  @Test
  void getLogsRangeErrorsUseGethCodesAndWords() {
    fx.chain.mine();
    assertThat(rpc.error("eth_getLogs", Map.of("fromBlock", "0x1", "toBlock", "0x0")))
        .isEqualTo(RpcCall.json("{\"code\":-32602,\"message\":\"invalid block range params\"}"));
    assertThat(rpc.error("eth_getLogs", Map.of("fromBlock", "0x0", "toBlock", "0x5")))
        .isEqualTo(
            RpcCall.json(
                "{\"code\":-32602,\"message\":\"block range extends beyond current head block\"}"));
    assertThat(
            rpc.error("eth_getLogs", Map.of("blockHash", Hash.ZERO.toHex(), "fromBlock", "0x0"))
                .get("message")
                .textValue())
        .startsWith("invalid argument 0: cannot specify both BlockHash and FromBlock/ToBlock");
  }

  @Test
  void pollingFiltersCollectBlocksPendingHashesAndMatchingLogs() {
    String blocks = rpc.result("eth_newBlockFilter").textValue();
    String pending = rpc.result("eth_newPendingTransactionFilter").textValue();
    String logs =
        rpc.result(
                "eth_newFilter", Map.of("address", ChainFixture.ROLES.toHex(), "topics", List.of()))
            .textValue();
    String unrelated = rpc.result("eth_newFilter", Map.of("address", stranger.toHex())).textValue();

    Transaction grant = ChainFixture.grantShop(0, stranger);
    rpc.result("eth_sendRawTransaction", raw(grant));
    Block block = fx.chain.mineFromPool();

    assertThat(changesOnceDelivered(blocks))
        .containsExactly(RpcCall.JSON.valueToTree(fx.chain.chain.hash(block.header()).toHex()));
    assertThat(changesOnceDelivered(pending))
        .containsExactly(RpcCall.JSON.valueToTree(grant.hash().toHex()));
    List<JsonNode> delivered = changesOnceDelivered(logs);
    assertThat(delivered).hasSize(1);
    JsonNode changes = RpcCall.JSON.valueToTree(delivered);
    assertThat(changes.at("/0/transactionHash").textValue()).isEqualTo(grant.hash().toHex());
    assertThat(rpc.result("eth_getFilterChanges", logs)).isEmpty();
    assertThat(rpc.result("eth_getFilterChanges", unrelated)).isEmpty();
    assertThat(rpc.result("eth_getFilterLogs", logs)).isEqualTo(changes);

    assertThat(rpc.result("eth_uninstallFilter", logs).booleanValue()).isTrue();
    assertThat(rpc.result("eth_uninstallFilter", logs).booleanValue()).isFalse();
    JsonNode gone = rpc.error("eth_getFilterChanges", logs);
    assertThat(gone.get("code").intValue()).isEqualTo(-32000);
    assertThat(gone.get("message").textValue()).startsWith("filter not found");
  }

  /** Filters are fed off the import path: polls until the changes have arrived. */
  private List<JsonNode> changesOnceDelivered(String filter) {
    List<JsonNode> changes = new ArrayList<>();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> {
              rpc.result("eth_getFilterChanges", filter).forEach(changes::add);
              return !changes.isEmpty();
            });
    return changes;
  }

  @Test
  void aFilterNotPolledForFiveMinutesExpires() {
    String kept = rpc.result("eth_newBlockFilter").textValue();
    String idle = rpc.result("eth_newBlockFilter").textValue();
    clock.advance(Duration.ofMinutes(3));
    rpc.result("eth_getFilterChanges", kept);
    clock.advance(Duration.ofMinutes(3));

    assertThat(rpc.result("eth_getFilterChanges", kept)).isEmpty();
    assertThat(rpc.error("eth_getFilterChanges", idle).get("message").textValue())
        .startsWith("filter not found");
  }

  @Test
  void subscribersReceiveNewHeadsLogsAndPendingHashes() {
    List<JsonNode> received = new CopyOnWriteArrayList<>();
    fx.hub.subscribe(received::add, SubscriptionKind.NEW_HEADS, LogFilter.ALL);
    fx.hub.subscribe(received::add, SubscriptionKind.LOGS, LogFilter.ALL);
    fx.hub.subscribe(received::add, SubscriptionKind.NEW_PENDING_TRANSACTIONS, LogFilter.ALL);

    Transaction grant = ChainFixture.grantShop(0, stranger);
    rpc.result("eth_sendRawTransaction", raw(grant));
    Block block = fx.chain.mineFromPool();

    await().atMost(Duration.ofSeconds(10)).until(() -> received.size() >= 3);
    assertThat(received).hasSize(3);
    assertThat(received.get(0).at("/params/result").textValue()).isEqualTo(grant.hash().toHex());
    JsonNode head = received.get(1).at("/params/result");
    assertThat(head.get("hash").textValue()).isEqualTo(fx.chain.chain.hash(block.header()).toHex());
    assertThat(head.has("transactions")).isFalse();
    JsonNode log = received.get(2).at("/params/result");
    assertThat(log.get("transactionHash").textValue()).isEqualTo(grant.hash().toHex());
    assertThat(log.get("removed").booleanValue()).isFalse();
  }

  /** A clock the test moves by hand, for filter expiry. */
  static final class MovableClock extends Clock {
    private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
