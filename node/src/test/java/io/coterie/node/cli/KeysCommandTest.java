package io.coterie.node.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.node.crypto.KeyFiles;
import io.coterie.node.crypto.NodeKey;
import io.coterie.node.types.Address;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeysCommandTest {
  @TempDir Path dir;

  @Test
  void generateWritesAnOwnerOnlyKeyFileAndPrintsItsAddress() throws IOException {
    Path file = dir.resolve("node/key");

    CliRun run = CliRun.of("keys", "generate", "--to", file.toString());

    assertThat(run.exitCode()).isZero();
    NodeKey key = new NodeKey(KeyFiles.read(file));
    String address = Address.fromPublicKey(key.publicKey().toBytes()).toChecksumHex();
    assertThat(run.out()).contains(address).contains(key.publicKey().toHex().substring(2));
    assertThat(run.out()).doesNotContain(key.privateKey().toHexSecret());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }

  @Test
  void generateRefusesToReplaceAKey() {
    Path file = dir.resolve("key");
    assertThat(CliRun.of("keys", "generate", "--to", file.toString()).exitCode()).isZero();

    CliRun again = CliRun.of("keys", "generate", "--to", file.toString());

    assertThat(again.exitCode()).isEqualTo(ExitCodes.FAILED);
    assertThat(again.err()).contains("already exists").doesNotContain("Exception");
  }

  @Test
  void addressPrintsWhatGeneratePrinted() {
    Path file = dir.resolve("key");
    CliRun generated = CliRun.of("keys", "generate", "--to", file.toString());

    CliRun shown = CliRun.of("keys", "address", "--node-private-key-file", file.toString());

    assertThat(shown.exitCode()).isZero();
    assertThat(generated.out()).contains(shown.out().trim().lines().toList());
  }

  @Test
  void addressOfAMissingFileSaysHowToMakeOne() {
    CliRun run =
        CliRun.of("keys", "address", "--node-private-key-file", dir.resolve("nope").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
    assertThat(run.err()).contains("coterie keys generate");
  }

  @Test
  void operatorGenerateNetworkPrintsWhatItWrote() throws IOException {
    Path out = dir.resolve("net");

    CliRun run =
        CliRun.of("operator", "generate-network", "--validators", "4", "--out", out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(out.resolve("genesis.json")).exists();
    assertThat(out.resolve("node-3/config.toml")).exists();
    assertThat(run.out())
        .contains("genesis.json")
        .contains("node 3")
        .contains(
            "user operator, password in " + out.toAbsolutePath().resolve("admin/rpc-password"));
    // Where the password is, never the password itself.
    assertThat(run.out() + run.err())
        .doesNotContain(Files.readString(out.resolve("admin/rpc-password")));
  }

  @Test
  void generatedNodeConfigsAreAcceptedByRun() {
    Path out = dir.resolve("net");
    CliRun.of("operator", "generate-network", "--validators", "1", "--out", out.toString());

    CliRun run =
        CliRun.of("run", "--config-file", out.resolve("node-0/config.toml").toString(), "--help");

    assertThat(run.exitCode()).isZero();
  }

  @Test
  void generateWithAHostAndPortPrintsTheEnodeAndWritesOnlyThePublicPartsForNetworkToml()
      throws IOException {
    Path key = dir.resolve("atelier/key");
    Path entry = dir.resolve("atelier/validator.toml");

    CliRun run =
        CliRun.of(
            "keys",
            "generate",
            "--to",
            key.toString(),
            "--p2p-host",
            "atelier.example.com",
            "--p2p-port",
            "30310",
            "--name",
            "atelier",
            "--public-file",
            entry.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    NodeKey nodeKey = new NodeKey(KeyFiles.read(key));
    String enode =
        "enode://" + nodeKey.publicKey().toHex().substring(2) + "@atelier.example.com:30310";
    String address = Address.fromPublicKey(nodeKey.publicKey().toBytes()).toChecksumHex();
    assertThat(run.out()).contains("enode:      " + enode).contains(address);
    String text = Files.readString(entry);
    assertThat(text)
        .contains("[[validators]]", "name = \"atelier\"", "address = \"" + address + "\"")
        .contains("enode = \"" + enode + "\"")
        .contains("directory = \"" + key.getParent().toAbsolutePath() + "\"")
        .doesNotContain(nodeKey.privateKey().toHexSecret());
    assertThat(run.out()).doesNotContain(nodeKey.privateKey().toHexSecret());
  }

  @Test
  void generateRefusesAnExistingPublicFileBeforeMakingAKey() throws IOException {
    Path entry = dir.resolve("validator.toml");
    Files.writeString(entry, "mine");

    CliRun run =
        CliRun.of(
            "keys",
            "generate",
            "--to",
            dir.resolve("key").toString(),
            "--public-file",
            entry.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
    assertThat(run.err()).contains("already exists");
    assertThat(dir.resolve("key")).doesNotExist();
    assertThat(Files.readString(entry)).isEqualTo("mine");
  }
}
