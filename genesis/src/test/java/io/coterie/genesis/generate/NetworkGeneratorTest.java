package io.coterie.genesis.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.coterie.genesis.json.GenesisReader;
import io.coterie.genesis.spec.ChainSpec;
import io.coterie.genesis.spec.GenesisAddress;
import io.coterie.genesis.spec.RoleName;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Credentials;

class NetworkGeneratorTest {
  @TempDir Path tmp;

  private GenerationResult.Generated generate(int validators, int basePort) throws IOException {
    GenerationResult result =
        NetworkGenerator.generate(
            new NetworkOptions(validators, tmp.resolve("net"), basePort, 4242));
    assertThat(result).isInstanceOf(GenerationResult.Generated.class);
    return (GenerationResult.Generated) result;
  }

  @Test
  void writesGenesisKeysConfigsAndReadme() throws IOException {
    GenerationResult.Generated net = generate(4, NetworkOptions.DEFAULT_BASE_PORT);

    Path dir = tmp.resolve("net");
    assertThat(dir.resolve("genesis.json")).isRegularFile();
    assertThat(dir.resolve("README.md")).isRegularFile();
    assertThat(dir.resolve("admin/key")).isRegularFile();
    for (int i = 0; i < 4; i++) {
      assertThat(dir.resolve("node-" + i + "/key")).isRegularFile();
      assertThat(dir.resolve("node-" + i + "/config.toml")).isRegularFile();
    }
    assertThat(net.nodes()).hasSize(4);
    assertThat(Files.readString(net.readme()))
        .contains("chain id 4242", "node-3", net.admin().hex());
  }

  @Test
  void genesisReadsBackValidWithTheNodesAsValidatorsAndTheAdminAsAdministrator()
      throws IOException {
    GenerationResult.Generated net = generate(3, NetworkOptions.DEFAULT_BASE_PORT);

    ChainSpec spec = GenesisReader.readValid(net.genesisFile());

    assertThat(spec.chainId()).isEqualTo(4242);
    assertThat(spec.validators())
        .containsExactlyInAnyOrderElementsOf(
            net.nodes().stream().map(GeneratedNode::address).toList());
    assertThat(spec.precompiles().holders(RoleName.DEFAULT_ADMIN_ROLE))
        .containsExactly(net.admin());
  }

  @Test
  void keyFilesHoldTheKeysOfTheAddressesAndOnlyTheOwnerMayReadThem() throws IOException {
    GenerationResult.Generated net = generate(2, NetworkOptions.DEFAULT_BASE_PORT);

    for (GeneratedNode node : net.nodes()) {
      String hex = Files.readString(node.keyFile());
      assertThat(hex).matches("0x[0-9a-f]{64}");
      assertThat(GenesisAddress.of(Credentials.create(hex).getAddress())).isEqualTo(node.address());
      assertOwnerOnly(node.keyFile());
    }
    assertOwnerOnly(net.adminKeyFile());
    String adminKey = Files.readString(net.adminKeyFile());
    assertThat(GenesisAddress.of(Credentials.create(adminKey).getAddress())).isEqualTo(net.admin());
  }

  @Test
  void configsParseAsTomlWithPortsTenApartTheOtherNodesAsStaticNodesAndAuthenticationOn()
      throws IOException {
    GenerationResult.Generated net = generate(3, 9000);
    TomlMapper toml = new TomlMapper();

    for (GeneratedNode node : net.nodes()) {
      JsonNode config = toml.readTree(node.configFile().toFile());
      int i = node.index();
      assertThat(config.get("rpc-http-port").asInt()).isEqualTo(9000 + 10 * i);
      assertThat(config.get("rpc-ws-port").asInt()).isEqualTo(9000 + 10 * i + 1);
      assertThat(config.get("p2p-port").asInt()).isEqualTo(9000 + 10 * i + 2);
      assertThat(config.get("metrics-enabled").asBoolean()).isTrue();
      assertThat(config.get("metrics-port").asInt()).isEqualTo(9000 + 10 * i + 3);
      assertThat(config.get("rpc-http-api"))
          .extracting(com.fasterxml.jackson.databind.JsonNode::asText)
          .as("the operator's validator votes and node allowlist, behind authentication")
          .contains("QBFT", "PERM");
      assertThat(config.get("rpc-http-enabled").asBoolean()).isTrue();
      assertThat(config.get("rpc-ws-enabled").asBoolean()).isTrue();
      assertThat(config.get("rpc-http-host").asText()).isEqualTo("127.0.0.1");
      assertThat(Path.of(config.get("genesis-file").asText())).isEqualTo(net.genesisFile());
      assertThat(Path.of(config.get("node-private-key-file").asText())).isEqualTo(node.keyFile());
      assertThat(Path.of(config.get("data-path").asText()))
          .isEqualTo(node.directory().resolve("data"));
      assertThat(config.get("rpc-http-authentication-enabled").asBoolean()).isTrue();
      assertThat(config.get("rpc-ws-authentication-enabled").asBoolean()).isTrue();
      assertThat(Path.of(config.get("rpc-http-authentication-credentials-file").asText()))
          .isEqualTo(net.rpcUsersFile());
      assertThat(Path.of(config.get("rpc-ws-authentication-credentials-file").asText()))
          .isEqualTo(net.rpcUsersFile());

      List<String> staticNodes = new ArrayList<>();
      config.get("static-nodes").forEach(n -> staticNodes.add(n.asText()));
      assertThat(staticNodes)
          .containsExactlyInAnyOrderElementsOf(
              net.nodes().stream().filter(n -> n != node).map(GeneratedNode::enodeUrl).toList());
    }
  }

  @Test
  void configsTurnNodePermissioningOnWithEveryGeneratedNodeOnTheAllowlist() throws IOException {
    GenerationResult.Generated net = generate(3, 9000);
    TomlMapper toml = new TomlMapper();
    List<String> everyNode = net.nodes().stream().map(GeneratedNode::enodeUrl).toList();

    for (GeneratedNode node : net.nodes()) {
      JsonNode config = toml.readTree(node.configFile().toFile());
      Path permissions = Path.of(config.get("permissions-nodes-config-file").asText());
      assertThat(permissions).isEqualTo(node.permissionsFile()).isRegularFile();

      List<String> allowlist = new ArrayList<>();
      toml.readTree(permissions.toFile())
          .get("nodes-allowlist")
          .forEach(n -> allowlist.add(n.asText()));
      assertThat(allowlist).containsExactlyInAnyOrderElementsOf(everyNode);
    }
    assertThat(Files.readString(net.readme())).contains("Node permissioning is on");
  }

  private static void assertOwnerOnly(Path file) throws IOException {
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .as("%s", file)
          .isEqualTo("rw-------");
    }
  }

  @Test
  void theOperatorPasswordIsOwnerOnlyAndTheCredentialsFileHoldsItsBcryptHash() throws IOException {
    GenerationResult.Generated net = generate(2, NetworkOptions.DEFAULT_BASE_PORT);
    Path dir = tmp.resolve("net").toAbsolutePath();

    assertThat(net.rpcPasswordFile()).isEqualTo(dir.resolve("admin/rpc-password"));
    assertThat(net.rpcUsersFile()).isEqualTo(dir.resolve("rpc-users.toml"));
    assertOwnerOnly(net.rpcPasswordFile());
    assertOwnerOnly(net.rpcUsersFile());
    String password = Files.readString(net.rpcPasswordFile());
    assertThat(password).matches("[A-Za-z0-9_-]{24}");

    JsonNode operator = new TomlMapper().readTree(net.rpcUsersFile().toFile()).at("/Users");
    assertThat(operator.size()).isEqualTo(1);
    String hash = operator.at("/operator/password").asText();
    assertThat(hash).startsWith("$2b$10$");
    assertThat(OpenBSDBCrypt.checkPassword(hash, password.toCharArray())).isTrue();
    assertThat(OpenBSDBCrypt.checkPassword(hash, (password + "x").toCharArray())).isFalse();
    List<String> permissions = new ArrayList<>();
    operator.at("/operator/permissions").forEach(p -> permissions.add(p.asText()));
    assertThat(permissions).containsExactly("*:*");
    assertThat(Files.readString(net.rpcUsersFile())).doesNotContain(password);
  }

  @Test
  void everyNetworkGetsItsOwnPassword() throws IOException {
    GenerationResult.Generated first = generate(1, NetworkOptions.DEFAULT_BASE_PORT);
    GenerationResult second =
        NetworkGenerator.generate(NetworkOptions.of(1, tmp.resolve("other"), 4242));

    assertThat(Files.readString(((GenerationResult.Generated) second).rpcPasswordFile()))
        .isNotEqualTo(Files.readString(first.rpcPasswordFile()));
  }

  @Test
  void theReadmeSaysHowToLogInWithoutHoldingThePassword() throws IOException {
    GenerationResult.Generated net = generate(2, 9000);

    String readme = Files.readString(net.readme());

    assertThat(readme)
        .contains(
            "http://127.0.0.1:9000/login",
            "Authorization: Bearer",
            "`operator`",
            net.rpcPasswordFile().toString(),
            "coterie_loginChallenge",
            "coterie_login(message, signature)",
            "coterie password hash")
        .doesNotContain(Files.readString(net.rpcPasswordFile()));
  }

  @Test
  void enodeUrlsCarryThe64BytePublicKeyAndTheP2pPort() throws IOException {
    GenerationResult.Generated net = generate(2, NetworkOptions.DEFAULT_BASE_PORT);

    GeneratedNode second = net.nodes().get(1);
    assertThat(second.enodeUrl()).matches("enode://[0-9a-f]{128}@127\\.0\\.0\\.1:8557");
    String publicKey = second.enodeUrl().substring("enode://".length(), "enode://".length() + 128);
    String privateKey = Files.readString(second.keyFile());
    assertThat(Credentials.create(privateKey).getEcKeyPair().getPublicKey())
        .isEqualTo(new BigInteger(publicKey, 16));
  }

  @Test
  void refusesADirectoryThatHasFiles() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("used"));
    Files.writeString(dir.resolve("genesis.json"), "{}");

    GenerationResult result = NetworkGenerator.generate(NetworkOptions.of(4, dir, 4242));

    assertThat(result).isInstanceOf(GenerationResult.Refused.class);
    assertThat(((GenerationResult.Refused) result).reason())
        .contains("is not empty", "genesis.json", "choose a new directory");
    assertThat(Files.readString(dir.resolve("genesis.json"))).isEqualTo("{}");
  }

  @Test
  void acceptsAnEmptyExistingDirectory() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("empty"));

    assertThat(NetworkGenerator.generate(NetworkOptions.of(1, dir, 4242)))
        .isInstanceOf(GenerationResult.Generated.class);
  }

  @Test
  void refusesPortsBeyond65535AndNoValidators() throws IOException {
    GenerationResult ports =
        NetworkGenerator.generate(new NetworkOptions(4, tmp.resolve("a"), 65_520, 4242));
    GenerationResult none = NetworkGenerator.generate(NetworkOptions.of(0, tmp.resolve("b"), 4242));
    GenerationResult chainId = NetworkGenerator.generate(NetworkOptions.of(1, tmp.resolve("c"), 0));

    assertThat(ports)
        .isInstanceOfSatisfying(
            GenerationResult.Refused.class, r -> assertThat(r.reason()).contains("--base-port"));
    assertThat(none)
        .isInstanceOfSatisfying(
            GenerationResult.Refused.class, r -> assertThat(r.reason()).contains("--validators"));
    assertThat(chainId)
        .isInstanceOfSatisfying(
            GenerationResult.Refused.class, r -> assertThat(r.reason()).contains("config.chainId"));
    assertThat(tmp.resolve("a")).doesNotExist();
    assertThat(tmp.resolve("c")).doesNotExist();
  }
}
