package io.coterie.node.rpc.web3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.coterie.node.rpc.json.RpcParams;
import org.junit.jupiter.api.Test;

class Web3MethodsTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Test
  void web3Sha3IsKeccak256() {
    Web3Sha3 sha3 = new Web3Sha3();
    assertThat(sha3.execute(RpcParams.of(NODES.textNode("0x"))))
        .isEqualTo("0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
    assertThat(sha3.execute(RpcParams.of(NODES.textNode("0x68656c6c6f20776f726c64"))))
        .isEqualTo("0x47173285a8d7341e5e972fc677286384f802f8ef42a5ec5f03bbfa254cb01fad");
  }

  @Test
  void clientVersionNamesVersionPlatformAndJava() {
    assertThat((String) new Web3ClientVersion("0.1.0").execute(RpcParams.empty()))
        .matches("Coterie/v0\\.1\\.0/[a-z0-9_]+-[a-z0-9_]+/java\\d+");
  }
}
