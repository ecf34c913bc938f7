package io.coterie.node.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.coterie.node.app.Node;
import io.coterie.node.app.NodeBuilder;
import io.coterie.node.cli.CoterieCommand;
import io.coterie.node.cli.RunConfigs;
import io.coterie.node.consensus.qbft.extradata.QbftBlockHashing;
import io.coterie.node.consensus.qbft.wire.Signatures;
import io.coterie.node.crypto.KeyFiles;
import io.coterie.node.types.Address;
import io.coterie.node.types.BlockHeader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A network several companies bootstrap: four brands each run {@code coterie keys generate} in
 * their own directory and share only its public parts; the operator writes genesis and configs from
 * a network.toml of those, never seeing a key; each brand starts its node from its own directory
 * and the four finalise blocks. Then a fifth brand generates its key, every operator allowlists its
 * enode with {@code perm_addNodesToAllowlist} and votes it in with {@code
 * qbft_proposeValidatorVote}, logged in with its own generated password, and the five go on, the
 * fifth proposing and sealing.
 */
class ConsortiumBootstrapTest {
  private static final Duration LONG = Duration.ofSeconds(90);
  private static final String ADMIN = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266";
  private static final String SHOP = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";

  @TempDir Path dir;

  /** One brand's own directory and what it shared. */
  private record Brand(String name, Path directory, Address address, String enode, int base) {
    int httpPort() {
      return base + 1;
    }
  }

  private static String cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = CoterieCommand.execute(args, Map.of(), new PrintWriter(out), new PrintWriter(err));
    assertThat(code).as("coterie %s: %s%s", String.join(" ", args), out, err).isZero();
    return out.toString();
  }

  private static String line(String output, String label) {
    return output
        .lines()
        .filter(l -> l.startsWith(label))
        .map(l -> l.substring(label.length()).trim())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no '" + label + "' in " + output));
  }

  /** {@code coterie keys generate} on the brand's machine: its key stays in its directory. */
  private Brand generateKey(String name, int base) {
    Path directory = dir.resolve(name);
    String out =
        cli(
            "keys",
            "generate",
            "--to",
            directory.resolve("key").toString(),
            "--p2p-host",
            "127.0.0.1",
            "--p2p-port",
            Integer.toString(base),
            "--name",
            name,
            "--public-file",
            directory.resolve("validator.toml").toString());
    return new Brand(
        name, directory, Address.fromHex(line(out, "address:")), line(out, "enode:"), base);
  }

  private String networkToml(List<Brand> brands) throws IOException {
    StringBuilder toml =
        new StringBuilder(
            "chain-id = 4343\nblock-period = \"500ms\"\nadmins = [\""
                + ADMIN
                + "\"]\nbrands = [\""
                + ADMIN
                + "\"]\nshops = [\""
                + SHOP
                + "\"]\n\n[[points-programs]]\nname = \"Atelier Points\"\nsymbol = \"ATP\"\n"
                + "owner = \""
                + ADMIN
                + "\"\nshops = [\""
                + SHOP
                + "\"]\n\n[[card-collections]]\nname = \"Atelier Card\"\nsymbol = \"ATC\"\n"
                + "owner = \""
                + ADMIN
                + "\"\n\n");
    for (Brand brand : brands) {
      // What the brand sent, plus the JSON-RPC ports it chose.
      toml.append(Files.readString(brand.directory().resolve("validator.toml")))
          .append("rpc-http-port = ")
          .append(brand.httpPort())
          .append("\nrpc-ws-port = ")
          .append(brand.base() + 2)
          .append("\nmetrics-port = ")
          .append(brand.base() + 3)
          .append("\n\n");
    }
    return toml.toString();
  }

  /** The call on every brand's node, each logged in as that brand's operator. */
  private static List<JsonNode> onEach(
      List<Brand> brands, List<OperatorRpc> logins, String method, Object... params) {
    List<JsonNode> answers = new ArrayList<>();
    for (int i = 0; i < brands.size(); i++) {
      answers.add(logins.get(i).result(brands.get(i).httpPort(), method, params));
    }
    return answers;
  }

  private static List<Address> validatorsAt(BlockHeader header) {
    return Faults.extra(header).validators();
  }

  private static List<Address> sealers(BlockHeader header) {
    return Faults.extra(header).seals().stream()
        .map(seal -> Signatures.recover(QbftBlockHashing.commitSealHash(header), seal))
        .flatMap(Optional::stream)
        .toList();
  }

  @Test
  void fourBrandsBootstrapFromTheirOwnKeysAndAFifthIsAllowlistedAndVotedIn() throws Exception {
    int base = RunConfigs.freeBasePort();
    List<Brand> brands = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      brands.add(generateKey("brand-" + i, base + 10 * i));
    }
    Path network = dir.resolve("operator/network.toml");
    Files.createDirectories(network.getParent());
    Files.writeString(network, networkToml(brands));

    Path out = dir.resolve("operator/net");
    cli(
        "operator",
        "generate-network",
        "--config-file",
        network.toString(),
        "--out",
        out.toString());
    List<String> secrets = new ArrayList<>();
    for (Brand brand : brands) {
      secrets.add(KeyFiles.read(brand.directory().resolve("key")).toHexSecret());
    }
    try (Stream<Path> files = Files.walk(out)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(file);
        assertThat(secrets).as("private keys in %s", file).noneMatch(text::contains);
      }
    }
    // Each brand receives its directory and puts the files beside its key.
    for (Brand brand : brands) {
      try (Stream<Path> files = Files.list(out.resolve(brand.name()))) {
        for (Path file : files.toList()) {
          Files.copy(file, brand.directory().resolve(file.getFileName()));
        }
      }
    }

    List<OperatorRpc> logins = new ArrayList<>();
    for (Brand brand : brands) {
      logins.add(new OperatorRpc(Files.readString(brand.directory().resolve("rpc-password"))));
    }
    List<Node> nodes = new ArrayList<>();
    try {
      for (Brand brand : brands) {
        nodes.add(
            NodeBuilder.build(
                    RunConfigs.of(
                        "--config-file", brand.directory().resolve("config.toml").toString()))
                .start());
      }
      await()
          .atMost(LONG)
          .until(() -> nodes.stream().allMatch(n -> n.chain().head().number() >= 3));
      assertThat(nodes).allMatch(Node::isValidator);
      // Each brand's operator password opens its own node only.
      String firstPassword = Files.readString(brands.get(0).directory().resolve("rpc-password"));
      assertThatThrownBy(() -> Rpc.login(brands.get(1).httpPort(), "operator", firstPassword))
          .hasMessageContaining("login at port " + brands.get(1).httpPort() + " failed");

      // `coterie rlp encode` of the validators (in any order) is block 0's extraData.
      Path list = dir.resolve("operator/validators.json");
      Files.writeString(
          list,
          brands.stream()
              .map(b -> "\"" + b.address().toHex() + "\"")
              .sorted(Comparator.reverseOrder())
              .toList()
              .toString());
      String encoded = cli("rlp", "encode", "--type", "QBFT_EXTRA_DATA", "--from", list.toString());
      assertThat(
              logins
                  .get(1)
                  .result(brands.get(1).httpPort(), "eth_getBlockByNumber", "0x0", false)
                  .get("extraData")
                  .asText())
          .isEqualTo(encoded.trim());

      Brand fifth = generateKey("brand-4", base + 40);
      assertThat(onEach(brands, logins, "perm_addNodesToAllowlist", List.of(fifth.enode())))
          .allMatch(answer -> answer.asText().equals("Success"));
      Files.copy(
          brands.get(0).directory().resolve("genesis.json"),
          fifth.directory().resolve("genesis.json"));
      Files.copy(
          brands.get(0).directory().resolve("permissions_config.toml"),
          fifth.directory().resolve("permissions_config.toml"));
      Node joined =
          NodeBuilder.build(
                  RunConfigs.of(
                      "--genesis-file",
                      fifth.directory().resolve("genesis.json").toString(),
                      "--data-path",
                      fifth.directory().resolve("data").toString(),
                      "--node-private-key-file",
                      fifth.directory().resolve("key").toString(),
                      "--p2p-port",
                      Integer.toString(fifth.base()),
                      "--static-nodes",
                      String.join(",", brands.stream().map(Brand::enode).toList()),
                      "--permissions-nodes-config-file",
                      fifth.directory().resolve("permissions_config.toml").toString()))
              .start();
      nodes.add(joined);
      await()
          .atMost(LONG)
          .until(() -> joined.chain().head().number() >= nodes.get(0).chain().head().number() - 1);
      assertThat(joined.isValidator()).isFalse();
      await().atMost(LONG).until(() -> joined.peers().orElseThrow().peerCount() == 4);

      assertThat(onEach(brands, logins, "qbft_proposeValidatorVote", fifth.address().toHex(), true))
          .allMatch(JsonNode::booleanValue);
      await()
          .atMost(LONG)
          .until(() -> validatorsAt(nodes.get(0).chain().head()).contains(fifth.address()));
      onEach(brands, logins, "qbft_discardValidatorVote", fifth.address().toHex());
      await().atMost(LONG).until(joined::isValidator);
      long joinedAt = nodes.get(0).chain().head().number();
      await()
          .atMost(LONG)
          .until(
              () -> {
                long head =
                    nodes.stream().mapToLong(n -> n.chain().head().number()).min().orElse(0);
                List<BlockHeader> after =
                    LongStream.rangeClosed(joinedAt + 1, head)
                        .mapToObj(n -> nodes.get(0).chain().headerByNumber(n).orElseThrow())
                        .toList();
                return after.stream().anyMatch(h -> h.coinbase().equals(fifth.address()))
                    && after.stream().anyMatch(h -> sealers(h).contains(fifth.address()));
              });
      BlockHeader head = nodes.get(0).chain().head();
      assertThat(validatorsAt(head)).hasSize(5).contains(fifth.address());
      for (Node node : nodes) {
        Faults.assertAgree(node, nodes.get(0));
      }
    } finally {
      nodes.forEach(Node::close);
    }
  }
}
