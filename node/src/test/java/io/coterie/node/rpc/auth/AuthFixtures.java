package io.coterie.node.rpc.auth;

import io.coterie.node.rpc.method.MethodRegistry;
import io.coterie.node.rpc.net.NetListening;
import io.coterie.node.rpc.net.NetVersion;
import io.coterie.node.rpc.server.RpcServer;
import io.coterie.node.rpc.server.RpcServerConfig;
import io.coterie.node.rpc.subscription.SubscriptionHub;
import io.coterie.node.rpc.web3.Web3ClientVersion;
import io.coterie.node.rpc.web3.Web3Sha3;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;

/** Servers over real sockets with the real net/web3 methods, and a credentials file. */
final class AuthFixtures {
  static final String OPS_PASSWORD = "correct horse battery staple";
  static final String READER_PASSWORD = "reader-pass";

  private AuthFixtures() {}

  static MethodRegistry registry() {
    MethodRegistry registry = new MethodRegistry(List.of("web3", "net"));
    registry.register(new Web3ClientVersion("0.1.0"));
    registry.register(new Web3Sha3());
    registry.register(new NetVersion(BigInteger.valueOf(1337)));
    registry.register(new NetListening());
    return registry;
  }

  /**
   * Users {@code ops} ({@code *:*}) and {@code reader} ({@code net:*}, {@code eth:blockNumber}).
   */
  static Path credentialsFile(Path dir) throws IOException {
    SecureRandom random = new SecureRandom();
    String ops = BcryptPasswords.hash(OPS_PASSWORD.toCharArray(), 4, random);
    String reader = BcryptPasswords.hash(READER_PASSWORD.toCharArray(), 4, random);
    Path file = dir.resolve("credentials.toml");
    Files.writeString(
        file,
        "[Users.ops]\npassword = \""
            + ops
            + "\"\npermissions = [\"*:*\"]\n\n[Users.reader]\npassword = \""
            + reader
            + "\"\npermissions = [\"net:*\", \"eth:blockNumber\"]\n",
        StandardCharsets.UTF_8);
    return file;
  }

  static RpcServerConfig ephemeral(RpcAuthConfig auth) {
    return RpcServerConfig.defaults()
        .withHttp(true, "127.0.0.1", 0)
        .withWs(true, "127.0.0.1", 0)
        .withAuth(auth);
  }

  static RpcAuthConfig both(EndpointAuthConfig endpoint) {
    return RpcAuthConfig.off().withHttp(endpoint).withWs(endpoint);
  }

  static RpcServer start(RpcAuthConfig auth, TestClock clock) {
    MethodRegistry registry = registry();
    return RpcServer.start(
        ephemeral(auth),
        registry,
        registry,
        new SubscriptionHub(),
        RpcAccess.of(auth, RoleSource.NONE, 1337, clock));
  }
}
