package io.coterie.genesis.generate;

import io.coterie.genesis.spec.GenesisAddress;
import io.coterie.genesis.spec.RoleName;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A consortium's {@code network.toml}, as read: the validators' public parts (addresses, enodes
 * with their real hosts, ports), the chain's parameters and its initial participants, programs and
 * collections. It holds no private key: each brand keeps its own.
 */
public record NetworkFile(
    long chainId,
    long blockPeriodMillis,
    List<Validator> validators,
    SortedMap<RoleName, List<GenesisAddress>> roles,
    SortedMap<String, GenesisAddress> gtinOwners,
    List<PointsProgram> pointsPrograms,
    List<CardCollection> cardCollections) {

  public NetworkFile {
    validators = List.copyOf(validators);
    SortedMap<RoleName, List<GenesisAddress>> rolesCopy = new TreeMap<>();
    roles.forEach((role, holders) -> rolesCopy.put(role, List.copyOf(holders)));
    roles = Collections.unmodifiableSortedMap(rolesCopy);
    gtinOwners = Collections.unmodifiableSortedMap(new TreeMap<>(gtinOwners));
    pointsPrograms = List.copyOf(pointsPrograms);
    cardCollections = List.copyOf(cardCollections);
  }

  public List<GenesisAddress> holders(RoleName role) {
    return roles.getOrDefault(role, List.of());
  }

  /**
   * One brand's validator. {@code directory} is where the brand keeps its node's files on its own
   * machine (its {@code key} already there); the generated config names paths under it. {@code
   * rpcPasswordHash} is the bcrypt hash of the brand's JSON-RPC operator password, or empty when
   * the generator makes a password for it.
   */
  public record Validator(
      String name,
      GenesisAddress address,
      String publicKeyHex,
      String host,
      int p2pPort,
      Path directory,
      String rpcHttpHost,
      int rpcHttpPort,
      int rpcWsPort,
      int metricsPort,
      String rpcPasswordHash) {
    public Validator {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(address, "address");
      Objects.requireNonNull(publicKeyHex, "publicKeyHex");
      Objects.requireNonNull(host, "host");
      Objects.requireNonNull(directory, "directory");
      Objects.requireNonNull(rpcHttpHost, "rpcHttpHost");
      Objects.requireNonNull(rpcPasswordHash, "rpcPasswordHash");
    }

    /** {@code enode://<public key>@<host>:<p2p port>}. */
    public String enodeUrl() {
      return "enode://" + publicKeyHex + "@" + host + ":" + p2pPort;
    }

    /** The ports this node listens on, by the key that sets each. */
    Map<String, Integer> ports() {
      return Map.of(
          "enode", p2pPort,
          "rpc-http-port", rpcHttpPort,
          "rpc-ws-port", rpcWsPort,
          "metrics-port", metricsPort);
    }
  }

  /**
   * A loyalty program block 0 creates as {@code owner} (a brand), with {@code shops} authorised.
   */
  public record PointsProgram(
      String name,
      String symbol,
      int decimals,
      boolean transferable,
      GenesisAddress owner,
      List<GenesisAddress> shops) {
    public PointsProgram {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(symbol, "symbol");
      Objects.requireNonNull(owner, "owner");
      shops = List.copyOf(shops);
    }
  }

  /**
   * A card collection block 0 creates as {@code owner} (a brand): a member collection (soulbound,
   * cards only for MEMBER_ROLE holders, the DAO's votes) or a plain one.
   */
  public record CardCollection(
      String name,
      String symbol,
      String baseUri,
      GenesisAddress owner,
      boolean memberCollection,
      boolean soulbound) {
    public CardCollection {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(symbol, "symbol");
      Objects.requireNonNull(baseUri, "baseUri");
      Objects.requireNonNull(owner, "owner");
    }
  }
}
