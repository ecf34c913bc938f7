package io.coterie.node.rpc.eth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.coterie.node.rpc.method.MethodRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EthGetLogsLimitTest {
  @TempDir Path dir;

  @Test
  void aRangeWiderThanTheLimitIsRefusedWithCode32005AndHowToNarrowIt() {
    RpcTestChain chain = RpcTestChain.devnet(dir);
    chain.mine();
    chain.mine();
    MethodRegistry registry = new MethodRegistry(List.of("eth"));
    registry.register(new EthGetLogs(new BlockResolver(chain.chain), 2));
    RpcCall rpc = new RpcCall(registry);

    JsonNode error = rpc.error("eth_getLogs", Map.of("fromBlock", "0x0", "toBlock", "0x2"));
    assertThat(error.get("code").intValue()).isEqualTo(-32005);
    assertThat(error.get("message").textValue())
        .isEqualTo(
            "block range of 3 blocks exceeds the limit of 2 per query (--rpc-max-logs-range);"
                + " narrow fromBlock/toBlock (for example 0x1 to 0x2) and query the rest in"
                + " further calls");
    assertThat(rpc.result("eth_getLogs", Map.of("fromBlock", "0x1", "toBlock", "0x2"))).isEmpty();
  }
}
