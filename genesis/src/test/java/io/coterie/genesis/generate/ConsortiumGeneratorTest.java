package io.coterie.genesis.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.coterie.genesis.json.GenesisReader;
import io.coterie.genesis.spec.ChainSpec;
import io.coterie.genesis.spec.GenesisAddress;
import io.coterie.genesis.spec.RoleName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsortiumGeneratorTest {
  @TempDir Path tmp;

  private GenerationResult.Consortium generate(String toml) throws Exception {
    NetworkFile network =
        ((NetworkFileReader.Result.Read) NetworkFileReader.parse(new TomlMapper().readTree(toml)))
            .network();
    GenerationResult result = ConsortiumGenerator.generate(network, tmp.resolve("net"));
    assertThat(result).as("%s", result).isInstanceOf(GenerationResult.Consortium.class);
    return (GenerationResult.Consortium) result;
  }

  @Test
  void genesisHasTheFilesValidatorsRolesAndSetupCallsAndNoKeyIsWritten() throws Exception {
    GenerationResult.Consortium net = generate(NetworkFiles.fourBrands("/srv"));

    ChainSpec spec = GenesisReader.readValid(net.genesisFile());
    assertThat(spec.validators())
        .containsExactlyInAnyOrderElementsOf(
            net.nodes().stream().map(n -> n.node().address()).toList());
    assertThat(spec.qbft().blockPeriodMillis()).isEqualTo(500);
    assertThat(spec.precompiles().holders(RoleName.SHOP_ROLE))
        .containsExactly(GenesisAddress.of(NetworkFiles.SHOP));
    assertThat(spec.setupCalls())
        .as("createProgram, authoriseShop, createMemberCollection")
        .hasSize(3);
    try (Stream<Path> files = Files.walk(tmp.resolve("net"))) {
      assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("key");
    }
  }

  @Test
  void eachBrandsConfigNamesItsDirectoryTheOthersRealEnodesAndAuthentication() throws Exception {
    GenerationResult.Consortium net = generate(NetworkFiles.fourBrands("/srv"));
    TomlMapper toml = new TomlMapper();

    for (ConsortiumNode node : net.nodes()) {
      Path brandDir = Path.of("/srv/" + node.name());
      JsonNode config = toml.readTree(node.configFile().toFile());
      assertThat(config.get("node-private-key-file").asText()).isEqualTo(brandDir + "/key");
      assertThat(config.get("genesis-file").asText()).isEqualTo(brandDir + "/genesis.json");
      assertThat(config.get("data-path").asText()).isEqualTo(brandDir + "/data");
      assertThat(config.get("p2p-host").asText()).isEqualTo("127.0.0.1");
      assertThat(config.get("p2p-port").asInt()).isEqualTo(node.node().p2pPort());
      assertThat(config.get("rpc-http-authentication-enabled").asBoolean()).isTrue();
      assertThat(config.get("rpc-http-authentication-credentials-file").asText())
          .isEqualTo(brandDir + "/rpc-users.toml");
      List<String> peers = new ArrayList<>();
      config.get("static-nodes").forEach(n -> peers.add(n.asText()));
      assertThat(peers)
          .containsExactlyInAnyOrderElementsOf(
              net.nodes().stream().filter(n -> n != node).map(n -> n.node().enodeUrl()).toList());
      JsonNode allowlist =
          toml.readTree(node.outputDirectory().resolve("permissions_config.toml").toFile());
      assertThat(allowlist.get("nodes-allowlist")).hasSize(4);
      assertThat(Files.readString(node.outputDirectory().resolve("genesis.json")))
          .isEqualTo(Files.readString(net.genesisFile()));
      assertThat(node.passwordGenerated()).isTrue();
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(node.passwordFile())))
          .isEqualTo("rw-------");
    }
  }

  @Test
  void aBrandsOwnPasswordHashIsUsedAndNoPasswordIsMadeForIt() throws Exception {
    String hash = "$2b$10$" + "a".repeat(53);
    String text =
        NetworkFiles.fourBrands("/srv")
            .replaceFirst(
                "directory = \"/srv/brand-0\"",
                "directory = \"/srv/brand-0\"\nrpc-password-hash = \""
                    + hash.replace("$", "\\$")
                    + "\"")
            .replace("\\$", "$");

    GenerationResult.Consortium net = generate(text);

    ConsortiumNode first = net.nodes().get(0);
    assertThat(first.passwordGenerated()).isFalse();
    assertThat(first.passwordFile()).doesNotExist();
    assertThat(Files.readString(first.outputDirectory().resolve("rpc-users.toml"))).contains(hash);
  }

  @Test
  void aDirectoryWithFilesIsRefused() throws Exception {
    Files.createDirectories(tmp.resolve("net"));
    Files.writeString(tmp.resolve("net/old"), "x");
    NetworkFile network =
        ((NetworkFileReader.Result.Read)
                NetworkFileReader.parse(new TomlMapper().readTree(NetworkFiles.fourBrands("/srv"))))
            .network();

    assertThat(ConsortiumGenerator.generate(network, tmp.resolve("net")))
        .isInstanceOfSatisfying(
            GenerationResult.Refused.class,
            refused -> assertThat(refused.reason()).contains("not empty"));
  }
}
