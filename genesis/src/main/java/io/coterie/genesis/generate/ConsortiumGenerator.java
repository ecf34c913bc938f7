package io.coterie.genesis.generate;

import io.coterie.genesis.json.GenesisWriter;
import io.coterie.genesis.spec.Allocation;
import io.coterie.genesis.spec.ChainSpec;
import io.coterie.genesis.spec.GenesisAddress;
import io.coterie.genesis.spec.GenesisCall;
import io.coterie.genesis.spec.PrecompileGenesis;
import io.coterie.genesis.spec.QbftParameters;
import io.coterie.genesis.spec.RoleName;
import io.coterie.genesis.validate.GenesisProblem;
import io.coterie.genesis.validate.GenesisValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes a consortium's network from its {@link NetworkFile}, without any private key: each brand
 * generated its own and shared only its address and enode.
 *
 * <pre>
 * DIR/genesis.json                 validators, roles, programs and collections of the file
 * DIR/README.md                    which directory goes to which brand
 * DIR/NAME/genesis.json            a copy, for the brand's node directory
 * DIR/NAME/config.toml             paths under the brand's directory; the other validators as
 *                                  static nodes (their real hosts), node permissioning and
 *                                  JSON-RPC authentication on
 * DIR/NAME/permissions_config.toml every validator's enode
 * DIR/NAME/rpc-users.toml          the brand's operator login (its own bcrypt hash, or that of
 * DIR/NAME/rpc-password            a generated password, mode 600)
 * </pre>
 */
public final class ConsortiumGenerator {
  private ConsortiumGenerator() {}

  public static GenerationResult generate(NetworkFile network, Path outDir) throws IOException {
    Optional<String> notEmpty = NetworkGenerator.notEmpty(outDir);
    if (notEmpty.isPresent()) {
      return new GenerationResult.Refused(notEmpty.get());
    }
    ChainSpec spec = spec(network);
    List<GenesisProblem> problems = GenesisValidator.validate(spec);
    if (!problems.isEmpty()) {
      return new GenerationResult.Refused(
          "the network file gives an invalid genesis: "
              + problems.stream().map(GenesisProblem::describe).collect(Collectors.joining("; ")));
    }
    Path dir = outDir.toAbsolutePath().normalize();
    Files.createDirectories(dir);
    Path genesisFile = dir.resolve(NetworkGenerator.GENESIS_FILE);
    GenesisWriter.write(spec, genesisFile);

    List<NetworkFile.Validator> validators = network.validators();
    List<String> enodes = validators.stream().map(NetworkFile.Validator::enodeUrl).toList();
    SecureRandom random = new SecureRandom();
    List<ConsortiumNode> nodes = new ArrayList<>();
    for (int i = 0; i < validators.size(); i++) {
      NetworkFile.Validator v = validators.get(i);
      GeneratedNode node =
          new GeneratedNode(
              i,
              v.directory(),
              v.address(),
              v.enodeUrl(),
              v.rpcHttpPort(),
              v.rpcWsPort(),
              v.p2pPort(),
              v.metricsPort());
      Path out = dir.resolve(v.name());
      Files.createDirectories(out);
      Files.copy(genesisFile, out.resolve(NetworkGenerator.GENESIS_FILE));
      Path brandRpcUsers = v.directory().resolve(NetworkGenerator.RPC_USERS_FILE);
      List<String> peers = enodes.stream().filter(e -> !e.equals(v.enodeUrl())).toList();
      Files.writeString(
          out.resolve(NetworkGenerator.CONFIG_FILE),
          NodeConfigToml.write(
              node,
              "validator " + v.name(),
              v.directory().resolve(NetworkGenerator.GENESIS_FILE),
              peers,
              brandRpcUsers,
              v.rpcHttpHost(),
              v.host()),
          StandardCharsets.UTF_8);
      Files.writeString(
          out.resolve(NetworkGenerator.PERMISSIONS_FILE),
          NodeConfigToml.writeAllowlist(enodes),
          StandardCharsets.UTF_8);
      boolean generatePassword = v.rpcPasswordHash().isEmpty();
      String credentials;
      if (generatePassword) {
        OperatorLogin login = OperatorLogin.create(random);
        Path passwordFile = v.directory().resolve(NetworkGenerator.RPC_PASSWORD_FILE);
        OwnerOnlyFiles.write(out.resolve(NetworkGenerator.RPC_PASSWORD_FILE), login.password());
        credentials = login.credentialsToml(passwordFile.toString());
      } else {
        credentials =
            OperatorLogin.credentialsToml(
                v.rpcPasswordHash(), "is the brand's own (only its hash is here)");
      }
      OwnerOnlyFiles.write(out.resolve(NetworkGenerator.RPC_USERS_FILE), credentials);
      nodes.add(new ConsortiumNode(v.name(), out, node, generatePassword));
    }
    Path readme = dir.resolve("README.md");
    Files.writeString(readme, readme(network, nodes), StandardCharsets.UTF_8);
    return new GenerationResult.Consortium(genesisFile, readme, nodes);
  }

  /** The chain spec the network file describes (the genesis {@link #generate} writes). */
  public static ChainSpec spec(NetworkFile network) {
    Map<String, List<GenesisAddress>> roles = new TreeMap<>();
    network
        .roles()
        .forEach(
            (role, holders) -> {
              if (!holders.isEmpty()) {
                roles.put(role.name(), holders);
              }
            });
    return NetworkGenerator.specBuilder(network.chainId())
        .qbft(QbftParameters.withBlockPeriod(network.blockPeriodMillis()))
        .validators(network.validators().stream().map(NetworkFile.Validator::address).toList())
        .allocations(
            network.holders(RoleName.DEFAULT_ADMIN_ROLE).stream()
                .distinct()
                .map(admin -> Allocation.ofCoins(admin, NetworkGenerator.ADMIN_COINS))
                .toList())
        .precompiles(PrecompileGenesis.ofRoles(roles).withGtinOwners(network.gtinOwners()))
        .setupCalls(setupCalls(network))
        .build();
  }

  /** Programs (ids 0, 1, … in file order) with their shops, then collections (ids 0, 1, …). */
  private static List<GenesisCall> setupCalls(NetworkFile network) {
    List<GenesisCall> calls = new ArrayList<>();
    for (int id = 0; id < network.pointsPrograms().size(); id++) {
      NetworkFile.PointsProgram p = network.pointsPrograms().get(id);
      calls.add(
          SetupCalls.createProgram(
              p.owner(), p.name(), p.symbol(), p.decimals(), p.transferable()));
      for (GenesisAddress shop : p.shops()) {
        calls.add(SetupCalls.authoriseShop(p.owner(), id, shop));
      }
    }
    for (NetworkFile.CardCollection c : network.cardCollections()) {
      calls.add(
          c.memberCollection()
              ? SetupCalls.createMemberCollection(c.owner(), c.name(), c.symbol(), c.baseUri())
              : SetupCalls.createCollection(
                  c.owner(), c.name(), c.symbol(), c.baseUri(), c.soulbound()));
    }
    return calls;
  }

  private static String readme(NetworkFile network, List<ConsortiumNode> nodes) {
    StringBuilder text = new StringBuilder();
    text.append("# Coterie network, chain id ").append(network.chainId()).append("\n\n");
    text.append(
        "Generated by `coterie operator generate-network --config-file` from the validators'\n"
            + "public parts: no private key was read or written. Send each brand its directory; it\n"
            + "copies the files into its node directory, beside the `key` it generated, and runs\n"
            + "`coterie run --config-file <directory>/config.toml`. Every brand gets the same\n"
            + "`genesis.json`. An `rpc-password` file is the brand's generated JSON-RPC password\n"
            + "(user `operator`, mode 600): send it only to that brand.\n\n");
    text.append("| brand | address | enode | node directory |\n|---|---|---|---|\n");
    for (ConsortiumNode node : nodes) {
      text.append("| ")
          .append(node.name())
          .append(" | `")
          .append(node.node().address())
          .append("` | `")
          .append(node.node().enodeUrl())
          .append("` | `")
          .append(node.node().directory())
          .append("` |\n");
    }
    text.append(
        "\nQBFT needs ceil(2n/3) validators running before blocks are produced. A brand that joins\n"
            + "later is allowlisted with `perm_addNodesToAllowlist` on every node and voted in with\n"
            + "`qbft_proposeValidatorVote(address, true)` by a majority of the validators.\n");
    return text.toString();
  }
}
