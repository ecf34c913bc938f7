package io.coterie.genesis.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.coterie.genesis.spec.GenesisAddress;
import io.coterie.genesis.spec.RoleName;
import io.coterie.genesis.validate.GenesisProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkFileReaderTest {
  @TempDir Path tmp;

  private static NetworkFileReader.Result parse(String toml) throws Exception {
    return NetworkFileReader.parse(new TomlMapper().readTree(toml));
  }

  private static NetworkFile read(String toml) throws Exception {
    NetworkFileReader.Result result = parse(toml);
    assertThat(result).as("%s", result).isInstanceOf(NetworkFileReader.Result.Read.class);
    return ((NetworkFileReader.Result.Read) result).network();
  }

  private static List<GenesisProblem> problems(String toml) throws Exception {
    NetworkFileReader.Result result = parse(toml);
    assertThat(result).isInstanceOf(NetworkFileReader.Result.Invalid.class);
    return ((NetworkFileReader.Result.Invalid) result).problems();
  }

  @Test
  void theExampleUnderConfigParses() {
    Path example =
        Path.of(System.getProperty("user.dir")).getParent().resolve("config/network.toml");

    NetworkFileReader.Result result = NetworkFileReader.read(example);

    assertThat(result).as("%s", result).isInstanceOf(NetworkFileReader.Result.Read.class);
    NetworkFile network = ((NetworkFileReader.Result.Read) result).network();
    assertThat(network.chainId()).isEqualTo(4242);
    assertThat(network.validators()).hasSize(4);
    assertThat(network.validators().get(0).enodeUrl()).endsWith("@atelier.example.com:30303");
    assertThat(network.validators().get(2).directory()).isEqualTo(Path.of("/srv/coterie"));
    assertThat(network.pointsPrograms()).hasSize(1);
    assertThat(network.cardCollections()).hasSize(1);
    assertThat(network.gtinOwners()).containsKey("0614141");
  }

  @Test
  void readsValidatorsRolesProgramsCollectionsAndDefaults() throws Exception {
    NetworkFile network = read(NetworkFiles.fourBrands("/srv"));

    assertThat(network.blockPeriodMillis()).isEqualTo(500);
    NetworkFile.Validator first = network.validators().get(0);
    assertThat(first.name()).isEqualTo("brand-0");
    assertThat(first.host()).isEqualTo("127.0.0.1");
    assertThat(first.p2pPort()).isEqualTo(30300);
    assertThat(first.rpcHttpPort()).isEqualTo(30301);
    assertThat(first.rpcWsPort()).as("default: HTTP + 1").isEqualTo(30302);
    assertThat(first.rpcHttpHost()).isEqualTo("127.0.0.1");
    assertThat(first.rpcPasswordHash()).isEmpty();
    assertThat(network.holders(RoleName.SHOP_ROLE))
        .containsExactly(GenesisAddress.of(NetworkFiles.SHOP));
    NetworkFile.PointsProgram program = network.pointsPrograms().get(0);
    assertThat(program.decimals()).isEqualTo(18);
    assertThat(program.transferable()).isTrue();
    assertThat(network.cardCollections().get(0).memberCollection()).isTrue();
  }

  @Test
  void anAddressThatIsNotTheEnodesKeyIsNamedWithTheFix() throws Exception {
    String text =
        NetworkFiles.fourBrands("/srv")
            .replaceFirst(
                "address = \"0x[0-9a-f]{40}\"", "address = \"" + NetworkFiles.SHOP + "\"");

    assertThat(problems(text))
        .extracting(GenesisProblem::describe)
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith("validators[0].address: is " + NetworkFiles.SHOP)
                    .contains("same `coterie keys generate` output"));
  }

  @Test
  void everyProblemOfABadFileIsReportedWithItsField() throws Exception {
    String text =
        "block-period = \"fast\"\ncolour = 1\n[[validators]]\nname = \"Big Brand\"\n"
            + "address = \"0x12\"\nenode = \"enode://abc@host\"\ndirectory = \"relative\"\n"
            + "rpc-http-port = 70000\n[[points-programs]]\nname = \"P\"\nsymbol = \"P\"\n"
            + "owner = \""
            + NetworkFiles.SHOP
            + "\"\n";

    assertThat(problems(text))
        .extracting(GenesisProblem::path)
        .contains(
            "chain-id",
            "block-period",
            "colour",
            "admins",
            "validators[0].name",
            "validators[0].address",
            "validators[0].enode",
            "validators[0].directory",
            "validators[0].rpc-http-port",
            "points-programs[0].owner");
  }

  @Test
  void twoNodesOnOneHostWithOnePortAreRefused() throws Exception {
    String text =
        "chain-id = 1\nadmins = [\""
            + NetworkFiles.ADMIN
            + "\"]\n"
            + NetworkFiles.validator("a", 30300, "/a")
            + NetworkFiles.validator("b", 30300, "/b");

    assertThat(problems(text))
        .extracting(GenesisProblem::describe)
        .anySatisfy(
            p -> assertThat(p).startsWith("validators[1].enode: uses port 30300 on 127.0.0.1"));
  }

  @Test
  void aMissingOrBrokenFileSaysSo() throws Exception {
    Path broken = tmp.resolve("network.toml");
    Files.writeString(broken, "chain-id = = 3\n");

    assertThat(NetworkFileReader.read(tmp.resolve("missing.toml")))
        .isInstanceOfSatisfying(
            NetworkFileReader.Result.Invalid.class,
            invalid -> assertThat(invalid.describe()).contains("does not exist", "--config-file"));
    assertThat(NetworkFileReader.read(broken))
        .isInstanceOfSatisfying(
            NetworkFileReader.Result.Invalid.class,
            invalid -> assertThat(invalid.describe()).contains("is not valid TOML"));
  }
}
