package io.coterie.node.rpc.server;

import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.MethodRegistry;
import io.coterie.node.rpc.method.RequestScope;
import io.coterie.node.rpc.method.RpcMethod;
import io.coterie.node.rpc.net.NetListening;
import io.coterie.node.rpc.net.NetPeerCount;
import io.coterie.node.rpc.net.NetVersion;
import io.coterie.node.rpc.web3.Web3ClientVersion;
import io.coterie.node.rpc.web3.Web3Sha3;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * A registry of the real web3/net methods plus two test-namespace methods for envelope behaviour.
 */
final class TestMethods {
  private TestMethods() {}

  static MethodRegistry registry() {
    MethodRegistry registry = new MethodRegistry(List.of("web3", "net", "eth", "test"));
    registry.register(new Web3ClientVersion("0.1.0"));
    registry.register(new Web3Sha3());
    registry.register(new NetVersion(BigInteger.valueOf(1337)));
    registry.register(new NetListening());
    registry.register(new NetPeerCount(() -> 3));
    registry.register(new Echo());
    registry.register(new Broken());
    registry.register(new Slow());
    return registry;
  }

  /** test_echo(x): returns {"echo": x}. */
  static final class Echo implements RpcMethod {
    @Override
    public String name() {
      return "test_echo";
    }

    @Override
    public Object execute(RpcParams params) {
      return Map.of("echo", params.required(0, "value"));
    }
  }

  /**
   * test_slow(ms): works for ms milliseconds, checking its deadline as long-running methods do,
   * then returns ms.
   */
  static final class Slow implements RpcMethod {
    @Override
    public String name() {
      return "test_slow";
    }

    @Override
    public Object execute(RpcParams params) {
      return execute(params, RequestScope.local());
    }

    @Override
    public Object execute(RpcParams params, RequestScope scope) {
      long millis = params.required(0, "millis").longValue();
      long end = System.nanoTime() + millis * 1_000_000;
      while (System.nanoTime() < end) {
        scope.deadline().check();
        LockSupport.parkNanos(1_000_000);
      }
      return millis;
    }
  }

  /** test_broken(): fails as a bug would. */
  static final class Broken implements RpcMethod {
    @Override
    public String name() {
      return "test_broken";
    }

    @Override
    public Object execute(RpcParams params) {
      throw new IllegalStateException("deliberate failure in test_broken");
    }
  }
}
