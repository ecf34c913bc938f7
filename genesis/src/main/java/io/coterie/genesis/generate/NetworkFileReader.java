package io.coterie.genesis.generate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.coterie.genesis.spec.GenesisAddress;
import io.coterie.genesis.spec.RoleName;
import io.coterie.genesis.validate.GenesisProblem;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.web3j.crypto.Keys;

/**
 * Reads a {@code network.toml} (see {@code config/network.toml}) into a {@link NetworkFile}, or
 * every problem in it, each naming the field ({@code validators[2].enode}) and what to do.
 */
public final class NetworkFileReader {
  private static final TomlMapper TOML = new TomlMapper();
  private static final Pattern ENODE =
      Pattern.compile("enode://([0-9a-fA-F]{128})@([^:/?#\\s]+):([0-9]{1,5})");
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
  private static final Pattern BCRYPT =
      Pattern.compile("\\$2[aby]?\\$[0-9]{2}\\$[./A-Za-z0-9]{53}");
  private static final Pattern PERIOD = Pattern.compile("([0-9]{1,9})(ms|s)");
  private static final String KEYS_GENERATE =
      "copy it from the brand's `coterie keys generate --p2p-host HOST --p2p-port PORT` output";

  /** The TOML keys of the role lists, with the role each grants. */
  static final Map<String, RoleName> ROLE_KEYS = roleKeys();

  private static final Set<String> TOP_KEYS = topKeys();
  private static final Set<String> VALIDATOR_KEYS =
      Set.of(
          "name",
          "address",
          "enode",
          "directory",
          "rpc-http-host",
          "rpc-http-port",
          "rpc-ws-port",
          "metrics-port",
          "rpc-password-hash");
  private static final Set<String> PROGRAM_KEYS =
      Set.of("name", "symbol", "decimals", "transferable", "owner", "shops");
  private static final Set<String> COLLECTION_KEYS =
      Set.of("name", "symbol", "base-uri", "owner", "member-collection", "soulbound");

  private NetworkFileReader() {}

  /** The outcome of reading: the file, or what is wrong with it. */
  public sealed interface Result {
    record Read(NetworkFile network) implements Result {}

    record Invalid(List<GenesisProblem> problems) implements Result {
      public Invalid {
        problems = List.copyOf(problems);
      }

      /** One problem a line, as shown to the operator. */
      public String describe() {
        return problems.stream().map(GenesisProblem::describe).collect(Collectors.joining("\n"));
      }
    }
  }

  public static Result read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return invalid(file.toString(), "does not exist", "check the --config-file path");
    } catch (IOException e) {
      return invalid(file.toString(), "cannot be read: " + e.getMessage(), "check its permissions");
    }
    JsonNode root;
    try {
      root = TOML.readTree(text);
    } catch (JsonProcessingException e) {
      return invalid(
          file.toString(),
          "is not valid TOML: " + e.getOriginalMessage(),
          "fix the syntax; config/network.toml is an example");
    }
    return parse(root);
  }

  static Result parse(JsonNode root) {
    TomlFields fields = new TomlFields();
    fields.onlyKnownKeys(root, "", TOP_KEYS);
    long chainId = fields.number(root, "", "chain-id", 0, 1, Long.MAX_VALUE / 2);
    if (!root.has("chain-id")) {
      fields.problem(
          "chain-id", "is missing", "set chain-id = 4242 (a number no other chain uses)");
    }
    long blockPeriod = blockPeriodMillis(root, fields);

    SortedMap<RoleName, List<GenesisAddress>> roles = new TreeMap<>();
    ROLE_KEYS.forEach((key, role) -> roles.put(role, fields.addresses(root, "", key)));
    if (roles.get(RoleName.DEFAULT_ADMIN_ROLE).isEmpty()) {
      fields.problem(
          "admins",
          "names no account",
          "list the account(s) that grant roles, e.g. admins = [\"0x…\"] (an address of "
              + "`coterie keys generate`, its key kept by its holder)");
    }

    List<NetworkFile.Validator> validators = new ArrayList<>();
    List<JsonNode> validatorTables = fields.tables(root, "validators");
    for (int i = 0; i < validatorTables.size(); i++) {
      validators.add(validator(validatorTables.get(i), "validators[" + i + "]", fields));
    }
    if (validatorTables.isEmpty()) {
      fields.problem(
          "validators",
          "lists no validator",
          "add a [[validators]] table per brand with name, address, enode and directory");
    } else if (validators.size() > NetworkGenerator.MAX_VALIDATORS) {
      fields.problem(
          "validators",
          "lists " + validators.size() + " validators",
          "list at most " + NetworkGenerator.MAX_VALIDATORS);
    }
    checkDistinct(validators, fields);

    SortedMap<String, GenesisAddress> gtinOwners = new TreeMap<>();
    JsonNode gtins = root.get("gtin-owners");
    if (gtins != null && !gtins.isObject()) {
      fields.problem(
          "gtin-owners", "is not a table", "write [gtin-owners] then \"0614141\" = \"0x…\" lines");
    } else if (gtins != null) {
      Iterator<Map.Entry<String, JsonNode>> entries = gtins.fields();
      while (entries.hasNext()) {
        Map.Entry<String, JsonNode> entry = entries.next();
        gtinOwners.put(
            entry.getKey(),
            fields.address(
                entry.getValue(),
                "gtin-owners." + entry.getKey(),
                "give the account that commissions lots under it"));
      }
    }

    List<NetworkFile.PointsProgram> programs = new ArrayList<>();
    List<JsonNode> programTables = fields.tables(root, "points-programs");
    for (int i = 0; i < programTables.size(); i++) {
      programs.add(program(programTables.get(i), "points-programs[" + i + "]", roles, fields));
    }
    List<NetworkFile.CardCollection> collections = new ArrayList<>();
    List<JsonNode> collectionTables = fields.tables(root, "card-collections");
    for (int i = 0; i < collectionTables.size(); i++) {
      collections.add(
          collection(collectionTables.get(i), "card-collections[" + i + "]", roles, fields));
    }

    if (!fields.problems().isEmpty()) {
      return new Result.Invalid(fields.problems());
    }
    return new Result.Read(
        new NetworkFile(
            chainId, blockPeriod, validators, roles, gtinOwners, programs, collections));
  }

  private static long blockPeriodMillis(JsonNode root, TomlFields fields) {
    String text = fields.text(root, "", "block-period", "1s");
    Matcher matcher = PERIOD.matcher(text);
    if (!matcher.matches() || Long.parseLong(matcher.group(1)) == 0) {
      fields.problem(
          "block-period",
          "is \"" + text + "\"",
          "write a positive duration in seconds or milliseconds, e.g. \"1s\" or \"500ms\"");
      return 1_000;
    }
    long amount = Long.parseLong(matcher.group(1));
    return matcher.group(2).equals("s") ? amount * 1_000 : amount;
  }

  private static NetworkFile.Validator validator(JsonNode table, String at, TomlFields fields) {
    fields.onlyKnownKeys(table, at, VALIDATOR_KEYS);
    String name = fields.requiredText(table, at, "name", "name the brand, e.g. name = \"atelier\"");
    if (!name.isEmpty() && !NAME.matcher(name).matches()) {
      fields.problem(
          at + ".name",
          "is \"" + name + "\", which cannot name its directory",
          "use lower-case letters, digits and '-', up to 63 characters");
    }
    GenesisAddress address = fields.address(table.get("address"), at + ".address", KEYS_GENERATE);
    String enode = fields.requiredText(table, at, "enode", KEYS_GENERATE);
    Matcher matcher = ENODE.matcher(enode);
    String publicKey = "0".repeat(128);
    String host = "";
    int p2pPort = 30303;
    if (!enode.isEmpty() && !matcher.matches()) {
      fields.problem(
          at + ".enode",
          "is \"" + enode + "\", not enode://<128 hex digits>@<host>:<port>",
          KEYS_GENERATE);
    } else if (!enode.isEmpty()) {
      publicKey = matcher.group(1).toLowerCase(Locale.ROOT);
      host = matcher.group(2);
      p2pPort = Integer.parseInt(matcher.group(3));
      if (p2pPort < 1 || p2pPort > 65_535) {
        fields.problem(at + ".enode", "has port " + p2pPort, "use a P2P port from 1 to 65535");
      }
      GenesisAddress ofKey = GenesisAddress.of(Keys.getAddress(new BigInteger(publicKey, 16)));
      if (!address.equals(GenesisAddress.ZERO) && !address.equals(ofKey)) {
        fields.problem(
            at + ".address",
            "is " + address + " but the enode's public key has address " + ofKey,
            "copy address and enode from the same `coterie keys generate` output");
      }
    }
    String directory =
        fields.requiredText(
            table,
            at,
            "directory",
            "give the absolute directory on the brand's machine that holds its key file, e.g."
                + " directory = \"/var/lib/coterie\"");
    if (!directory.isEmpty() && !Path.of(directory).isAbsolute()) {
      fields.problem(
          at + ".directory",
          "is \"" + directory + "\", a relative path",
          "give an absolute path, so the node starts from any working directory");
    }
    String hash = fields.text(table, at, "rpc-password-hash", "");
    if (!hash.isEmpty() && !BCRYPT.matcher(hash).matches()) {
      fields.problem(
          at + ".rpc-password-hash",
          "is not a bcrypt hash",
          "paste the output of `coterie password hash --password-file F`, or leave it out to have"
              + " a password generated");
    }
    int http = fields.port(table, at, "rpc-http-port", 8545);
    return new NetworkFile.Validator(
        name,
        address,
        publicKey,
        host,
        p2pPort,
        Path.of(directory.isEmpty() ? "/" : directory),
        fields.text(table, at, "rpc-http-host", "127.0.0.1"),
        http,
        fields.port(table, at, "rpc-ws-port", http + 1),
        fields.port(table, at, "metrics-port", 9545),
        hash);
  }

  /** Names, addresses and public keys once each; no two ports alike on one host. */
  private static void checkDistinct(List<NetworkFile.Validator> validators, TomlFields fields) {
    Map<String, Integer> names = new HashMap<>();
    Map<GenesisAddress, Integer> addresses = new HashMap<>();
    Map<String, String> ports = new HashMap<>();
    for (int i = 0; i < validators.size(); i++) {
      NetworkFile.Validator v = validators.get(i);
      String at = "validators[" + i + "]";
      Integer seen = names.putIfAbsent(v.name(), i);
      if (seen != null && !v.name().isEmpty()) {
        fields.problem(
            at + ".name", "repeats validators[" + seen + "]'s", "give each brand its own name");
      }
      seen = addresses.putIfAbsent(v.address(), i);
      if (seen != null && !v.address().equals(GenesisAddress.ZERO)) {
        fields.problem(
            at + ".address",
            "repeats validators[" + seen + "]'s",
            "each brand generates its own key with `coterie keys generate`");
      }
      for (Map.Entry<String, Integer> port : new TreeMap<>(v.ports()).entrySet()) {
        String owner =
            ports.putIfAbsent(v.host() + ":" + port.getValue(), at + "." + port.getKey());
        if (owner != null && !v.host().isEmpty()) {
          fields.problem(
              at + "." + port.getKey(),
              "uses port " + port.getValue() + " on " + v.host() + ", as " + owner + " does",
              "give every node on one host its own P2P, HTTP, WebSocket and metrics ports");
        }
      }
    }
  }

  private static NetworkFile.PointsProgram program(
      JsonNode table, String at, Map<RoleName, List<GenesisAddress>> roles, TomlFields fields) {
    fields.onlyKnownKeys(table, at, PROGRAM_KEYS);
    String name =
        fields.requiredText(table, at, "name", "name the program, e.g. \"Atelier Points\"");
    String symbol = fields.requiredText(table, at, "symbol", "give a symbol, e.g. \"ATP\"");
    limitBytes(name, 64, at + ".name", fields);
    limitBytes(symbol, 16, at + ".symbol", fields);
    GenesisAddress owner = owner(table, at, roles, fields);
    List<GenesisAddress> shops = fields.addresses(table, at, "shops");
    for (int i = 0; i < shops.size(); i++) {
      if (!roles.get(RoleName.SHOP_ROLE).contains(shops.get(i))) {
        fields.problem(
            at + ".shops[" + i + "]",
            "is " + shops.get(i) + ", which is not in shops",
            "add it to the top-level shops list, or remove it here");
      }
    }
    return new NetworkFile.PointsProgram(
        name,
        symbol,
        (int) fields.number(table, at, "decimals", 18, 0, 18),
        fields.flag(table, at, "transferable", true),
        owner,
        shops);
  }

  private static NetworkFile.CardCollection collection(
      JsonNode table, String at, Map<RoleName, List<GenesisAddress>> roles, TomlFields fields) {
    fields.onlyKnownKeys(table, at, COLLECTION_KEYS);
    String name =
        fields.requiredText(table, at, "name", "name the collection, e.g. \"Atelier Card\"");
    String symbol = fields.requiredText(table, at, "symbol", "give a symbol, e.g. \"ATC\"");
    GenesisAddress owner = owner(table, at, roles, fields);
    boolean member = fields.flag(table, at, "member-collection", true);
    boolean soulbound = fields.flag(table, at, "soulbound", true);
    if (member && !soulbound) {
      fields.problem(
          at + ".soulbound",
          "is false for a member collection, whose cards are always soulbound",
          "remove soulbound, or set member-collection = false");
    }
    return new NetworkFile.CardCollection(
        name, symbol, fields.text(table, at, "base-uri", ""), owner, member, soulbound);
  }

  private static GenesisAddress owner(
      JsonNode table, String at, Map<RoleName, List<GenesisAddress>> roles, TomlFields fields) {
    GenesisAddress owner =
        fields.address(table.get("owner"), at + ".owner", "give the brand account that owns it");
    if (!owner.equals(GenesisAddress.ZERO) && !roles.get(RoleName.BRAND_ROLE).contains(owner)) {
      fields.problem(
          at + ".owner",
          "is " + owner + ", which is not in brands",
          "add it to the top-level brands list: only a BRAND_ROLE holder creates programs and"
              + " collections");
    }
    return owner;
  }

  private static void limitBytes(String text, int max, String at, TomlFields fields) {
    int bytes = text.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > max) {
      fields.problem(at, "has " + bytes + " bytes", "use at most " + max + " bytes of UTF-8");
    }
  }

  private static Result invalid(String path, String message, String fix) {
    return new Result.Invalid(List.of(new GenesisProblem(path, message, fix)));
  }

  private static Map<String, RoleName> roleKeys() {
    Map<String, RoleName> keys = new LinkedHashMap<>();
    keys.put("admins", RoleName.DEFAULT_ADMIN_ROLE);
    keys.put("brands", RoleName.BRAND_ROLE);
    keys.put("shops", RoleName.SHOP_ROLE);
    keys.put("farms", RoleName.FARM_ROLE);
    keys.put("auditors", RoleName.AUDITOR_ROLE);
    keys.put("inspectors", RoleName.INSPECTOR_ROLE);
    keys.put("members", RoleName.MEMBER_ROLE);
    return Collections.unmodifiableMap(keys);
  }

  private static Set<String> topKeys() {
    Set<String> keys = new HashSet<>(roleKeys().keySet());
    keys.addAll(
        List.of(
            "chain-id",
            "block-period",
            "validators",
            "gtin-owners",
            "points-programs",
            "card-collections"));
    return Set.copyOf(keys);
  }
}
