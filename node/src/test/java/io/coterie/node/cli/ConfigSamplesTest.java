package io.coterie.node.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.coterie.genesis.devnet.DevnetSpec;
import io.coterie.genesis.json.GenesisReader;
import io.coterie.node.cli.subcommand.RunCommand;
import io.coterie.node.crypto.KeyFiles;
import io.coterie.node.crypto.NodeKey;
import io.coterie.node.types.Address;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The samples in config/ stay valid and describe the devnet. */
class ConfigSamplesTest {
  private static final Path REPO = Path.of(System.getProperty("user.dir")).getParent();

  @Test
  void devnetTomlRunsTheDevnetChainWithItsValidatorKey() {
    Path sample = REPO.resolve("config/devnet.toml");
    assumeTrue(Files.exists(sample), "config/devnet.toml not found next to the node module");
    String[] args = {"run", "--config-file", sample.toString()};
    CommandLine commandLine =
        CoterieCommand.commandLine(
            args,
            Map.of(),
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()));
    commandLine.parseArgs(args);
    RunCommand run = commandLine.getSubcommands().get("run").getCommand();

    assertThat(GenesisReader.readValid(REPO.resolve(run.data().genesisFile())))
        .isEqualTo(DevnetSpec.create(1, 1_000));
    NodeKey key = new NodeKey(KeyFiles.read(REPO.resolve(run.data().nodeKeyFile())));
    assertThat(Address.fromPublicKey(key.publicKey().toBytes()).toHex())
        .isEqualTo(DevnetSpec.validatorKeys(1).get(0).address().hex());
    assertThat(run.http().port()).isEqualTo(8545);
  }
}
