package io.coterie.node.rpc.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.coterie.node.rpc.json.InvalidParamsException;
import io.coterie.node.rpc.json.RpcParams;
import java.math.BigInteger;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class NetMethodsTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Test
  void netVersionIsTheChainIdInDecimal() {
    assertThat(new NetVersion(BigInteger.valueOf(0xc72dd9d5e883eL)).execute(RpcParams.empty()))
        .isEqualTo("3503995874084926");
  }

  @Test
  void netPeerCountReadsThePortOnEachCall() {
    AtomicInteger peers = new AtomicInteger();
    NetPeerCount method = new NetPeerCount(peers::get);
    assertThat(method.execute(RpcParams.empty())).isEqualTo("0x0");
    peers.set(17);
    assertThat(method.execute(RpcParams.empty())).isEqualTo("0x11");
  }

  @Test
  void netListeningIsTrue() {
    assertThat(new NetListening().execute(RpcParams.empty())).isEqualTo(Boolean.TRUE);
    assertThatThrownBy(() -> new NetListening().execute(RpcParams.of(NODES.textNode("x"))))
        .isInstanceOf(InvalidParamsException.class)
        .hasMessage("too many arguments: got 1, want at most 0");
  }
}
