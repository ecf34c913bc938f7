package io.coterie.genesis.generate;

import io.coterie.genesis.json.GenesisWriter;
import io.coterie.genesis.spec.Allocation;
import io.coterie.genesis.spec.ChainSpec;
import io.coterie.genesis.spec.ChaincodeTransition;
import io.coterie.genesis.spec.GenesisAddress;
import io.coterie.genesis.spec.Permissioning;
import io.coterie.genesis.spec.PrecompileGenesis;
import io.coterie.genesis.spec.QbftParameters;
import io.coterie.genesis.spec.RoleName;
import io.coterie.genesis.validate.GenesisProblem;
import io.coterie.genesis.validate.GenesisValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;
import org.web3j.utils.Numeric;

/**
 * Writes a new network into an empty directory:
 *
 * <pre>
 * DIR/genesis.json        validators = the node addresses; the administrator holds DEFAULT_ADMIN_ROLE
 *                         and BRAND_ROLE and 1,000,000 coins
 * DIR/admin/key           the administrator's account key (hex, mode 600)
 * DIR/admin/rpc-password  the password of the JSON-RPC user operator (mode 600)
 * DIR/rpc-users.toml      the JSON-RPC credentials file: operator's bcrypt hash (mode 600)
 * DIR/node-i/key          node i's key (hex, mode 600)
 * DIR/node-i/config.toml  node i's settings, with the other nodes as static nodes, node
 *                         permissioning on and JSON-RPC authentication on (HTTP and WebSocket)
 * DIR/node-i/permissions_config.toml  node i's node allowlist: every generated node
 * DIR/README.md           how to start the nodes
 * </pre>
 *
 * A directory that already has files is refused, so that no existing key is ever overwritten.
 */
public final class NetworkGenerator {
  public static final String GENESIS_FILE = "genesis.json";
  public static final String KEY_FILE = "key";
  public static final String CONFIG_FILE = "config.toml";
  public static final String PERMISSIONS_FILE = "permissions_config.toml";
  public static final String RPC_USERS_FILE = "rpc-users.toml";
  public static final String RPC_PASSWORD_FILE = "rpc-password";

  /** The JSON-RPC user whose password {@code admin/rpc-password} holds. */
  public static final String RPC_USER = OperatorLogin.USER;

  public static final long ADMIN_COINS = 1_000_000;
  private static final String LOCALHOST = "127.0.0.1";
  static final int MAX_VALIDATORS = 100;

  private NetworkGenerator() {}

  public static GenerationResult generate(NetworkOptions options) throws IOException {
    Optional<String> refusal = refusal(options);
    if (refusal.isPresent()) {
      return new GenerationResult.Refused(refusal.get());
    }
    Path dir = options.outDir().toAbsolutePath().normalize();
    List<ECKeyPair> nodeKeys = new ArrayList<>();
    for (int i = 0; i < options.validators(); i++) {
      nodeKeys.add(newKey());
    }
    ECKeyPair adminKey = newKey();
    GenesisAddress admin = address(adminKey);

    ChainSpec spec =
        spec(options.chainId(), nodeKeys.stream().map(NetworkGenerator::address).toList(), admin);
    List<GenesisProblem> problems = GenesisValidator.validate(spec);
    if (!problems.isEmpty()) {
      return new GenerationResult.Refused(
          "the options give an invalid genesis: "
              + problems.stream().map(GenesisProblem::describe).collect(Collectors.joining("; ")));
    }

    Files.createDirectories(dir);
    Path genesisFile = dir.resolve(GENESIS_FILE);
    GenesisWriter.write(spec, genesisFile);
    Path adminKeyFile = dir.resolve("admin").resolve(KEY_FILE);
    Files.createDirectories(adminKeyFile.getParent());
    writeKey(adminKeyFile, adminKey);
    OperatorLogin login = OperatorLogin.create(new SecureRandom());
    Path rpcPasswordFile = dir.resolve("admin").resolve(RPC_PASSWORD_FILE);
    OwnerOnlyFiles.write(rpcPasswordFile, login.password());
    Path rpcUsersFile = dir.resolve(RPC_USERS_FILE);
    OwnerOnlyFiles.write(rpcUsersFile, login.credentialsToml(rpcPasswordFile.toString()));

    List<GeneratedNode> nodes = new ArrayList<>();
    for (int i = 0; i < nodeKeys.size(); i++) {
      Path nodeDir = dir.resolve("node-" + i);
      nodes.add(
          new GeneratedNode(
              i,
              nodeDir,
              address(nodeKeys.get(i)),
              enodeUrl(nodeKeys.get(i), options.p2pPort(i)),
              options.rpcHttpPort(i),
              options.rpcWsPort(i),
              options.p2pPort(i),
              options.metricsPort(i)));
    }
    for (int i = 0; i < nodes.size(); i++) {
      GeneratedNode node = nodes.get(i);
      Files.createDirectories(node.directory());
      writeKey(node.keyFile(), nodeKeys.get(i));
      List<String> peers =
          nodes.stream()
              .filter(n -> n.index() != node.index())
              .map(GeneratedNode::enodeUrl)
              .toList();
      Files.writeString(
          node.configFile(),
          NodeConfigToml.write(
              node, "node " + i, genesisFile, peers, rpcUsersFile, LOCALHOST, LOCALHOST),
          StandardCharsets.UTF_8);
      Files.writeString(
          node.permissionsFile(),
          NodeConfigToml.writeAllowlist(nodes.stream().map(GeneratedNode::enodeUrl).toList()),
          StandardCharsets.UTF_8);
    }
    Path readme = dir.resolve("README.md");
    Files.writeString(
        readme,
        NetworkReadme.write(options, admin, nodes, rpcPasswordFile, rpcUsersFile),
        StandardCharsets.UTF_8);
    return new GenerationResult.Generated(
        genesisFile, readme, admin, adminKeyFile, rpcUsersFile, rpcPasswordFile, nodes);
  }

  /** {@code enode://<64-byte public key hex>@127.0.0.1:<p2p port>}. */
  public static String enodeUrl(ECKeyPair key, int p2pPort) {
    return "enode://"
        + Numeric.toHexStringNoPrefixZeroPadded(key.getPublicKey(), 128)
        + "@127.0.0.1:"
        + p2pPort;
  }

  private static Optional<String> refusal(NetworkOptions options) throws IOException {
    if (options.validators() < 1 || options.validators() > MAX_VALIDATORS) {
      return Optional.of(
          "--validators is "
              + options.validators()
              + "; generate between 1 and "
              + MAX_VALIDATORS
              + " validators");
    }
    int highestPort = options.metricsPort(options.validators() - 1);
    if (options.basePort() < 1 || highestPort > 65_535) {
      return Optional.of(
          "--base-port "
              + options.basePort()
              + " puts node ports outside 1-65535 (the last node needs up to "
              + highestPort
              + "); choose a base port between 1 and "
              + (65_535 - NetworkOptions.PORT_STRIDE * (options.validators() - 1) - 3));
    }
    return notEmpty(options.outDir());
  }

  /** Why {@code dir} may not receive a network: it is a file, or holds files already. */
  static Optional<String> notEmpty(Path dir) throws IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      return Optional.of(
          dir + " is a file, not a directory; choose a directory path that does not exist yet");
    }
    if (Files.isDirectory(dir)) {
      try (Stream<Path> entries = Files.list(dir)) {
        List<String> names =
            entries.map(p -> p.getFileName().toString()).sorted().limit(3).toList();
        if (!names.isEmpty()) {
          return Optional.of(
              dir
                  + " is not empty (it contains "
                  + String.join(", ", names)
                  + (names.size() == 3 ? ", ..." : "")
                  + "); choose a new directory or empty this one, so that no existing key is overwritten");
        }
      }
    }
    return Optional.empty();
  }

  static ChainSpec.Builder specBuilder(long chainId) {
    return ChainSpec.builder()
        .chainId(chainId)
        .permissioning(Permissioning.on())
        .transitions(List.of(ChaincodeTransition.newestAtGenesis()));
  }

  private static ChainSpec spec(
      long chainId, List<GenesisAddress> validators, GenesisAddress admin) {
    Map<String, List<GenesisAddress>> roles = new TreeMap<>();
    roles.put(RoleName.DEFAULT_ADMIN_ROLE.name(), List.of(admin));
    roles.put(RoleName.BRAND_ROLE.name(), List.of(admin));
    return specBuilder(chainId)
        .qbft(QbftParameters.withBlockPeriod(1_000))
        .validators(validators)
        .allocations(List.of(Allocation.ofCoins(admin, ADMIN_COINS)))
        .precompiles(PrecompileGenesis.ofRoles(roles))
        .build();
  }

  private static ECKeyPair newKey() {
    try {
      return Keys.createEcKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "this JVM cannot generate secp256k1 keys: " + e.getMessage(), e);
    }
  }

  private static GenesisAddress address(ECKeyPair key) {
    return new GenesisAddress("0x" + Keys.getAddress(key));
  }

  private static void writeKey(Path file, ECKeyPair key) throws IOException {
    OwnerOnlyFiles.write(file, Numeric.toHexStringWithPrefixZeroPadded(key.getPrivateKey(), 64));
  }
}
