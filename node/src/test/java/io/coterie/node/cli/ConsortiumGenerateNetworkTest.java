package io.coterie.node.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coterie operator generate-network --config-file network.toml}: the CLI's side. */
class ConsortiumGenerateNetworkTest {
  @TempDir Path dir;

  private static Path example() {
    return Path.of(System.getProperty("user.dir")).getParent().resolve("config/network.toml");
  }

  /** generate-network from {@code file}, which must be refused with nothing written. */
  private CliRun refused(Path file) {
    Path out = dir.resolve("net");
    CliRun run =
        CliRun.of(
            "operator",
            "generate-network",
            "--config-file",
            file.toString(),
            "--out",
            out.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(out).doesNotExist();
    return run;
  }

  @Test
  void theExampleNetworkFileGeneratesADirectoryPerBrandAndNoKey() throws Exception {
    Path out = dir.resolve("net");

    CliRun run =
        CliRun.of(
            "operator",
            "generate-network",
            "--config-file",
            example().toString(),
            "--out",
            out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("atelier", "copy into /var/lib/coterie", "no private key");
    for (String brand : new String[] {"atelier", "maison", "verdure", "lumen"}) {
      assertThat(out.resolve(brand).resolve("config.toml")).isRegularFile();
      assertThat(out.resolve(brand).resolve("key")).doesNotExist();
    }
    assertThat(Files.readString(out.resolve("maison/config.toml")))
        .contains("p2p-host = 'maison.example.net'")
        .contains("@atelier.example.com:30303");
  }

  @Test
  void aBadNetworkFileNamesEachFieldAndWritesNothing() throws Exception {
    Path file = dir.resolve("network.toml");
    Files.writeString(
        file,
        Files.readString(example())
            .replace("chain-id = 4242", "chain-id = \"x\"")
            .replace("@203.0.113.7:30303", "@203.0.113.7"));

    CliRun run = refused(file);

    assertThat(run.err())
        .contains("chain-id: is \"x\", not a whole number")
        .contains("validators[2].enode: is ")
        .contains("keys generate");
  }

  @Test
  void eitherANetworkFileOrAValidatorCountIsGiven() {
    CliRun both =
        CliRun.of(
            "operator",
            "generate-network",
            "--validators",
            "4",
            "--config-file",
            example().toString(),
            "--out",
            dir.resolve("net").toString());
    CliRun chainIdWithFile =
        CliRun.of(
            "operator",
            "generate-network",
            "--config-file",
            example().toString(),
            "--chain-id",
            "7",
            "--out",
            dir.resolve("net").toString());

    assertThat(both.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(both.err()).contains("either --config-file", "or --validators");
    assertThat(chainIdWithFile.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(chainIdWithFile.err()).contains("set chain-id");
  }

  @Test
  void aSetupCallTheChaincodeRefusesIsReportedBeforeAnythingIsWritten() throws Exception {
    String collection =
        "\n[[card-collections]]\nname = \"Card\"\nsymbol = \"C\"\n"
            + "owner = \"0xFBB2b35242Faea8015A4eCdF6dAEEA9F8586c768\"\n";
    Path file = dir.resolve("network.toml");
    // At most 16 member collections exist; the 17th reverts TooManyMemberCollections.
    Files.writeString(file, Files.readString(example()) + collection.repeat(16));

    CliRun run = refused(file);

    assertThat(run.err())
        .contains("gives a block 0 whose setup call 18")
        .contains("fix that entry of points-programs or card-collections")
        .doesNotContain("Exception");
  }
}
