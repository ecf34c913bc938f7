package io.coterie.node.rpc.eth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coterie.node.execution.CallRequest;
import io.coterie.node.rpc.json.InvalidParamsException;
import io.coterie.node.rpc.subscription.LogFilter;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bloom;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import io.coterie.node.types.Log;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Param parsing and revert decoding of the eth methods, as geth reads and reports them. */
class EthParsingTest {
  private static final Address TO = Address.fromHex("0x0000000000000000000000000000000000001000");

  @Test
  void aCallObjectDefaultsFromToZeroAndAcceptsInputOrData() {
    CallRequest bare = CallRequestJson.parse(RpcCall.json("{\"to\":\"" + TO.toHex() + "\"}"));
    assertThat(bare.from()).isEqualTo(Address.ZERO);
    assertThat(bare.to()).hasValue(TO);
    assertThat(bare.gasLimit()).isEmpty();
    assertThat(bare.data()).isEqualTo(Bytes.EMPTY);
    assertThat(bare.value()).isZero();

    CallRequest full =
        CallRequestJson.parse(
            RpcCall.json(
                "{\"from\":\"0x00000000000000000000000000000000000000aa\",\"gas\":\"0x5208\","
                    + "\"maxFeePerGas\":\"0x7\",\"value\":\"0x1\",\"data\":\"0xabcd\",\"nonce\":\"0x3\"}"));
    assertThat(full.to()).isEmpty();
    assertThat(full.gasLimit()).hasValue(21_000L);
    assertThat(full.gasPrice()).isEqualTo(BigInteger.valueOf(7));
    assertThat(full.data()).isEqualTo(Bytes.fromHex("0xabcd"));
    assertThat(CallRequestJson.parse(RpcCall.json("{\"input\":\"0x01\",\"data\":\"0x01\"}")).data())
        .isEqualTo(Bytes.fromHex("0x01"));
  }

  @Test
  void aCallObjectNamesTheFieldItCannotRead() {
    assertThatThrownBy(() -> CallRequestJson.parse(RpcCall.json("{\"to\":\"0x12\"}")))
        .isInstanceOf(InvalidParamsException.class)
        .hasMessageStartingWith("to: ");
    assertThatThrownBy(() -> CallRequestJson.parse(RpcCall.json("{\"gas\":\"0x01\"}")))
        .hasMessageStartingWith("gas: ")
        .hasMessageContaining("leading zero");
    assertThatThrownBy(
            () ->
                CallRequestJson.parse(
                    RpcCall.json("{\"gasPrice\":\"0x1\",\"maxFeePerGas\":\"0x1\"}")))
        .hasMessageContaining("both gasPrice and");
  }

  @Test
  void storageSlotsTakeGethsShortAndPaddedForms() {
    assertThat(EthParams.slot("0x0")).isEqualTo(Hash.ZERO);
    assertThat(EthParams.slot("0x01")).isEqualTo(EthParams.slot("0x" + "0".repeat(63) + "1"));
    assertThatThrownBy(() -> EthParams.slot("0x" + "1".repeat(65)))
        .isInstanceOf(InvalidParamsException.class);
    assertThatThrownBy(() -> EthParams.slot("12")).isInstanceOf(InvalidParamsException.class);
  }

  @Test
  void revertReasonsDecodeErrorStringAndPanicAsGethWordsThem() {
    Bytes userError =
        Bytes.fromHex(
            "0x08c379a00000000000000000000000000000000000000000000000000000000000000020"
                + "000000000000000000000000000000000000000000000000000000000000000a75736572206572726f72");
    assertThat(RevertReason.decode(userError)).hasValue("user error");
    Bytes assertFalse =
        Bytes.fromHex("0x4e487b710000000000000000000000000000000000000000000000000000000000000001");
    assertThat(RevertReason.decode(assertFalse)).hasValue("assert(false)");
    assertThat(RevertReason.decode(Bytes.fromHex("0x77726f6e672d63616c6c6461746173697a65")))
        .isEmpty();
    assertThat(RevertReason.decode(Bytes.fromHex("0x08c379a0ffff"))).isEmpty();
  }

  @Test
  void theBloomRulesOutBlocksWithoutTheFilteredAddressOrTopic() {
    Hash topic = Hash.keccak(new byte[] {1});
    Log log = new Log(TO, List.of(topic), Bytes.EMPTY);
    Bloom bloom = Bloom.fromLogs(List.of(log));
    LogFilter byAddress = new LogFilter(List.of(TO.toHex()), List.of());
    LogFilter otherAddress = new LogFilter(List.of(Address.ZERO.toHex()), List.of());
    LogFilter byTopic = new LogFilter(List.of(), List.of(List.of(topic.toHex())));

    assertThat(LogQuery.mightMatch(bloom, byAddress)).isTrue();
    assertThat(LogQuery.mightMatch(bloom, byTopic)).isTrue();
    assertThat(LogQuery.mightMatch(bloom, otherAddress)).isFalse();
    assertThat(LogQuery.mightMatch(Bloom.EMPTY, LogFilter.ALL)).isTrue();
    assertThat(LogQuery.matches(byTopic, log)).isTrue();
    assertThat(LogQuery.matches(otherAddress, log)).isFalse();
  }

  @Test
  void aFilterTakesARangeOrABlockHashNotBoth() {
    LogQuery range = LogQuery.parse(RpcCall.json("{\"fromBlock\":\"0x1\",\"toBlock\":\"latest\"}"));
    assertThat(range.blockHash()).isEmpty();
    LogQuery byHash = LogQuery.parse(RpcCall.json("{\"blockHash\":\"" + Hash.ZERO.toHex() + "\"}"));
    assertThat(byHash.blockHash()).hasValue(Hash.ZERO);
    assertThatThrownBy(() -> LogQuery.parse(RpcCall.json("{\"topics\":[1]}")))
        .hasMessageStartingWith("invalid argument 0: topic");
  }
}
