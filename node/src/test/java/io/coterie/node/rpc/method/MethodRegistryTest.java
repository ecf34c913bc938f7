package io.coterie.node.rpc.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coterie.node.rpc.net.NetListening;
import io.coterie.node.rpc.net.NetVersion;
import io.coterie.node.rpc.web3.Web3Sha3;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class MethodRegistryTest {

  @Test
  void registersOnlyEnabledNamespaces() {
    MethodRegistry registry = new MethodRegistry(List.of("net"));
    assertThat(registry.register(new NetListening())).isTrue();
    assertThat(registry.register(new Web3Sha3())).isFalse();
    assertThat(registry.find("net_listening")).isPresent();
    assertThat(registry.find("web3_sha3")).isEmpty();
    assertThat(registry.names()).containsExactly("net_listening", "rpc_modules");
  }

  @Test
  void rejectsTwoImplementationsOfOneName() {
    MethodRegistry registry = new MethodRegistry(List.of("net"));
    registry.register(new NetVersion(BigInteger.ONE));
    assertThatThrownBy(() -> registry.register(new NetVersion(BigInteger.TWO)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("net_version is registered twice");
  }

  @Test
  void methodNotFoundUsesGethWordingAndListsNamespaces() {
    RpcError error = RpcError.methodNotFound("eth_foo", List.of("web3", "net"));
    assertThat(error.code()).isEqualTo(-32601);
    assertThat(error.message())
        .isEqualTo(
            "the method eth_foo does not exist/is not available; enabled namespaces: net, web3");
    assertThat(error.toJson().has("data")).isFalse();
  }

  @Test
  void executionRevertedCarriesTheRevertDataAsGethDoes() {
    RpcError error = RpcError.executionReverted("not a member", "0x08c379a0");
    assertThat(error.toJson().toString())
        .isEqualTo(
            "{\"code\":3,\"message\":\"execution reverted: not a member\",\"data\":\"0x08c379a0\"}");
  }
}
