package io.coterie.genesis.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coterie.genesis.spec.Allocation;
import io.coterie.genesis.spec.ChainSpec;
import io.coterie.genesis.spec.GenesisAddress;
import io.coterie.genesis.spec.GenesisCall;
import io.coterie.genesis.spec.Permissioning;
import io.coterie.genesis.spec.PrecompileGenesis;
import io.coterie.genesis.spec.QbftParameters;
import io.coterie.genesis.spec.Vanity;
import io.coterie.genesis.validate.GenesisProblem;
import io.coterie.genesis.validate.GenesisValidator;
import io.coterie.genesis.validate.InvalidGenesisException;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads a genesis JSON file into a {@link ChainSpec}; see the package documentation for the shape.
 */
public final class GenesisReader {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private static final Set<String> TOP_LEVEL =
      Set.of(
          "config",
          "gasLimit",
          "timestamp",
          "baseFeePerGas",
          "difficulty",
          "vanity",
          "validators",
          "alloc");
  // Besu fields that carry nothing for a QBFT chain built from this spec, accepted so Besu files
  // read; extraData is not in use either, but gets its own explanation below.
  private static final Set<String> TOP_LEVEL_IGNORED =
      Set.of("nonce", "mixHash", "coinbase", "number", "gasUsed", "parentHash", "extraData");
  private static final Set<String> QBFT =
      Set.of(
          "blockperiodseconds",
          "blockperiodmilliseconds",
          "requesttimeoutseconds",
          "requesttimeoutmilliseconds",
          "emptyblockperiodseconds",
          "emptyblockperiodmilliseconds",
          "maxroundtimeoutseconds",
          "maxroundtimeoutmilliseconds",
          "epochlength");
  private static final Set<String> COTERIE =
      Set.of(
          "accountPermissioning",
          "nativeTransfers",
          "governorExclusive",
          "roles",
          "precompiles",
          "setup",
          "transitions",
          "gtinOwners");
  private static final Set<String> SETUP_ENTRY = Set.of("from", "to", "input");
  private static final String SETUP_EXAMPLE =
      "[{\"from\": \"0x...\", \"to\": \"0x...\", \"input\": \"0x...\"}]";
  private static final Set<String> ALLOC_ENTRY = Set.of("balance");
  private static final Set<String> ALLOC_ENTRY_IGNORED = Set.of("comment", "privateKey");

  private GenesisReader() {}

  public static GenesisReadResult read(Path file) {
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return unreadable(file.toString(), "no such file", "check the --genesis-file path");
    } catch (IOException e) {
      return unreadable(
          file.toString(), "cannot be read: " + e.getMessage(), "check the file's permissions");
    }
    return parse(json);
  }

  /** Reads and validates; for callers that cannot go on without a valid genesis. */
  public static ChainSpec readValid(Path file) {
    ChainSpec spec = read(file).orThrow(file.toString());
    List<GenesisProblem> problems = GenesisValidator.validate(spec);
    if (!problems.isEmpty()) {
      throw new InvalidGenesisException(file.toString(), problems);
    }
    return spec;
  }

  public static GenesisReadResult parse(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      String where =
          e.getLocation() == null
              ? "(file)"
              : "(line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr()
                  + ")";
      return unreadable(
          where, "is not valid JSON: " + e.getOriginalMessage(), "fix the JSON syntax there");
    }
    if (root == null || !root.isObject()) {
      return unreadable(
          "(file)",
          "is not a JSON object",
          "a genesis file is one object: {\"config\": {...}, ...}");
    }
    JsonFields f = new JsonFields();
    ChainSpec.Builder builder = ChainSpec.builder();
    f.unknownKeys(root, "", TOP_LEVEL, TOP_LEVEL_IGNORED);
    if (root.has("extraData")) {
      f.problem(
          "extraData",
          "Coterie does not read Besu's RLP extraData",
          "list the validators in \"validators\": [\"0x...\"] and the vanity in \"vanity\", then remove"
              + " \"extraData\"");
    }
    f.requiredObject(root, "", "config", "{\"chainId\": 1337, \"qbft\": {}}")
        .ifPresent(config -> readConfig(config, f, builder));
    f.longValue(root, "", "gasLimit", "\"0x5f5e100\"", true).ifPresent(builder::gasLimit);
    f.longValue(root, "", "timestamp", "\"0x0\"", false).ifPresent(builder::timestampSeconds);
    f.quantity(root, "", "baseFeePerGas", "\"0x0\"").ifPresent(builder::baseFeePerGas);
    f.quantity(root, "", "difficulty", "\"0x1\"")
        .filter(d -> !d.equals(BigInteger.ONE))
        .ifPresent(
            d ->
                f.problem(
                    "difficulty",
                    "is " + d + " but QBFT blocks have difficulty 1",
                    "write \"difficulty\": \"0x1\""));
    readVanity(root, f).ifPresent(builder::extraVanity);
    if (!root.has("validators")) {
      f.problem(
          "validators",
          "missing",
          "add \"validators\": [\"0x...\"] with each validator's node address");
    }
    builder.validators(f.addresses(root, "", "validators"));
    f.object(root, "", "alloc", "{\"0x...\": {\"balance\": \"0x0\"}}")
        .ifPresent(alloc -> builder.allocations(readAllocations(alloc, f)));
    List<GenesisProblem> problems = f.problems();
    return problems.isEmpty()
        ? new GenesisReadResult.Parsed(builder.build())
        : new GenesisReadResult.Unreadable(problems);
  }

  private static void readConfig(JsonNode config, JsonFields f, ChainSpec.Builder builder) {
    f.longValue(config, "config", "chainId", "1337", true).ifPresent(builder::chainId);
    f.quantity(config, "config", "londonBlock", "0")
        .filter(block -> block.signum() != 0)
        .ifPresent(
            block ->
                f.problem(
                    "config.londonBlock",
                    "is " + block + " but Coterie runs London rules from genesis",
                    "write \"londonBlock\": 0 or remove it"));
    f.requiredObject(config, "config", "qbft", "{\"blockperiodseconds\": 1}")
        .ifPresent(qbft -> builder.qbft(readQbft(qbft, f)));
    Optional<JsonNode> coterie =
        f.object(config, "config", "coterie", "{\"accountPermissioning\": true}");
    coterie.ifPresent(c -> readCoterie(c, f, builder));
  }

  private static QbftParameters readQbft(JsonNode qbft, JsonFields f) {
    String at = "config.qbft";
    f.unknownKeys(qbft, at, QBFT, Set.of());
    long blockPeriod = millis(qbft, "blockperiod", f).orElse(1_000L);
    QbftParameters defaults = QbftParameters.withBlockPeriod(blockPeriod);
    return new QbftParameters(
        blockPeriod,
        millis(qbft, "requesttimeout", f).orElse(defaults.requestTimeoutMillis()),
        f.longValue(qbft, at, "epochlength", "30000", false).orElse(defaults.epochLength()),
        millis(qbft, "emptyblockperiod", f).orElse(defaults.emptyBlockPeriodMillis()),
        millis(qbft, "maxroundtimeout", f).orElse(defaults.maxRoundTimeoutMillis()));
  }

  /** Besu writes durations in seconds; Coterie also accepts milliseconds, but not both at once. */
  private static Optional<Long> millis(JsonNode qbft, String base, JsonFields f) {
    String at = "config.qbft";
    Optional<Long> seconds = f.longValue(qbft, at, base + "seconds", "1", false);
    Optional<Long> millis = f.longValue(qbft, at, base + "milliseconds", "500", false);
    if (seconds.isPresent() && millis.isPresent()) {
      f.problem(
          at + "." + base + "seconds",
          "is given together with " + base + "milliseconds",
          "keep only one of the two");
      return Optional.empty();
    }
    if (seconds.isPresent() && seconds.get() > Long.MAX_VALUE / 1_000) {
      f.problem(
          at + "." + base + "seconds",
          "is too large",
          "use a number of seconds below " + Long.MAX_VALUE / 1_000);
      return Optional.empty();
    }
    return seconds.map(s -> s * 1_000).or(() -> millis);
  }

  private static void readCoterie(JsonNode coterie, JsonFields f, ChainSpec.Builder builder) {
    String at = "config.coterie";
    f.unknownKeys(coterie, at, COTERIE, Set.of());
    f.bool(coterie, at, "accountPermissioning")
        .map(Permissioning::new)
        .ifPresent(builder::permissioning);
    f.bool(coterie, at, "nativeTransfers").ifPresent(builder::nativeTransfers);
    SortedMap<String, List<GenesisAddress>> roles = new TreeMap<>();
    f.object(coterie, at, "roles", "{\"DEFAULT_ADMIN_ROLE\": [\"0x...\"]}")
        .ifPresent(
            node ->
                node.fieldNames()
                    .forEachRemaining(
                        role -> roles.put(role, f.addresses(node, at + ".roles", role))));
    SortedMap<String, SortedMap<String, String>> params = new TreeMap<>();
    f.object(coterie, at, "precompiles", "{\"loyalty\": {\"name\": \"value\"}}")
        .ifPresent(node -> readPrecompileParams(node, at + ".precompiles", f, params));
    boolean governorExclusive = f.bool(coterie, at, "governorExclusive").orElse(false);
    builder.precompiles(
        new PrecompileGenesis(
            roles, params, governorExclusive, ChaincodeSettingsReader.gtinOwners(coterie, at, f)));
    builder.transitions(ChaincodeSettingsReader.transitions(coterie, at, f));
    JsonNode setup = coterie.get("setup");
    if (setup != null && !setup.isNull()) {
      builder.setupCalls(readSetupCalls(setup, at + ".setup", f));
    }
  }

  private static List<GenesisCall> readSetupCalls(JsonNode setup, String at, JsonFields f) {
    List<GenesisCall> calls = new ArrayList<>();
    if (!setup.isArray()) {
      f.problem(at, "must be an array of calls", "write \"setup\": " + SETUP_EXAMPLE);
      return calls;
    }
    for (int i = 0; i < setup.size(); i++) {
      String path = at + "[" + i + "]";
      JsonNode call = setup.get(i);
      if (!call.isObject()) {
        f.problem(
            path,
            "must be a JSON object",
            "write {\"from\": \"0x...\", \"to\": \"0x...\", \"input\": \"0x...\"}");
        continue;
      }
      f.unknownKeys(call, path, SETUP_ENTRY, Set.of("comment"));
      Optional<GenesisAddress> from = requiredAddress(call, path, "from", f);
      Optional<GenesisAddress> to = requiredAddress(call, path, "to", f);
      JsonNode input = call.get("input");
      if (input == null || input.isNull()) {
        f.problem(path + ".input", "missing", "add \"input\": \"0x...\" with the ABI calldata");
        continue;
      }
      if (!input.isTextual()) {
        f.problem(path + ".input", "must be a string", "write the calldata as \"0x...\" hex");
        continue;
      }
      if (from.isPresent() && to.isPresent()) {
        calls.add(new GenesisCall(from.get(), to.get(), input.asText()));
      }
    }
    return calls;
  }

  private static Optional<GenesisAddress> requiredAddress(
      JsonNode call, String path, String key, JsonFields f) {
    JsonNode node = call.get(key);
    if (node == null || node.isNull()) {
      f.problem(path + "." + key, "missing", "add \"" + key + "\": \"0x...\"");
      return Optional.empty();
    }
    return f.address(node, path + "." + key);
  }

  private static void readPrecompileParams(
      JsonNode node, String at, JsonFields f, SortedMap<String, SortedMap<String, String>> params) {
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> precompile = it.next();
      String path = at + "." + precompile.getKey();
      if (!precompile.getValue().isObject()) {
        f.problem(
            path,
            "must be a JSON object",
            "write \"" + precompile.getKey() + "\": {\"name\": \"value\"}");
        continue;
      }
      SortedMap<String, String> values = new TreeMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> p = precompile.getValue().fields();
          p.hasNext(); ) {
        Map.Entry<String, JsonNode> param = p.next();
        if (param.getValue().isValueNode() && !param.getValue().isNull()) {
          values.put(param.getKey(), param.getValue().asText());
        } else {
          f.problem(
              path + "." + param.getKey(),
              "must be a string, number or boolean",
              "write the value as a string");
        }
      }
      params.put(precompile.getKey(), values);
    }
  }

  private static Optional<Vanity> readVanity(JsonNode root, JsonFields f) {
    JsonNode node = root.get("vanity");
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Vanity.fromHex(node.asText()));
    } catch (IllegalArgumentException e) {
      f.problem("vanity", e.getMessage(), "write 0x followed by at most 64 hex digits (32 bytes)");
      return Optional.empty();
    }
  }

  private static List<Allocation> readAllocations(JsonNode alloc, JsonFields f) {
    List<Allocation> allocations = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = alloc.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String path = "alloc." + entry.getKey();
      if (!GenesisAddress.isValid(entry.getKey())) {
        f.problem(
            path,
            "'" + entry.getKey() + "' is not an address",
            "use 0x followed by 40 hex digits as the key");
        continue;
      }
      if (!entry.getValue().isObject()) {
        f.problem(
            path,
            "must be a JSON object",
            "write \"" + entry.getKey() + "\": {\"balance\": \"0x0\"}");
        continue;
      }
      JsonNode account = entry.getValue();
      for (String evmOnly : List.of("code", "storage")) {
        if (account.has(evmOnly)) {
          f.problem(
              path + "." + evmOnly,
              "is not supported: Coterie has no EVM",
              "remove \"" + evmOnly + "\"");
        }
      }
      f.quantity(account, path, "nonce", "\"0x0\"")
          .filter(nonce -> nonce.signum() != 0)
          .ifPresent(
              nonce ->
                  f.problem(
                      path + ".nonce",
                      "is " + nonce + " but every account starts at nonce 0",
                      "remove \"nonce\""));
      ObjectNode rest = account.deepCopy();
      rest.remove(List.of("code", "storage", "nonce"));
      f.unknownKeys(rest, path, ALLOC_ENTRY, ALLOC_ENTRY_IGNORED);
      f.requiredQuantity(account, path, "balance", "\"0x0\"")
          .ifPresent(
              balance ->
                  allocations.add(new Allocation(GenesisAddress.of(entry.getKey()), balance)));
    }
    return allocations;
  }

  private static GenesisReadResult unreadable(String path, String message, String fix) {
    return new GenesisReadResult.Unreadable(List.of(new GenesisProblem(path, message, fix)));
  }
}
