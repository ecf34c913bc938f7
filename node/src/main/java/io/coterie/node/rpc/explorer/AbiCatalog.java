package io.coterie.node.rpc.explorer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coterie.chaincode.consent.ConsentPrecompile;
import io.coterie.chaincode.did.DidRegistryPrecompile;
import io.coterie.chaincode.editions.EditionsLayout;
import io.coterie.chaincode.farmshare.FarmShareLayout;
import io.coterie.chaincode.gtin.GtinRegistryLayout;
import io.coterie.chaincode.loyalty.LoyaltyAddresses;
import io.coterie.chaincode.members.MemberAccountsLayout;
import io.coterie.chaincode.membership.MembershipAddresses;
import io.coterie.chaincode.noderules.NodeRulesPrecompile;
import io.coterie.chaincode.provenance.ProvenanceLayout;
import io.coterie.chaincode.reviews.ReviewsLayout;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.samples.SampleCampaignsLayout;
import io.coterie.chaincode.share.ProfitSharingLayout;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.works.WorksLayout;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The chaincode's ABI files ({@code abi/*.json} on the class path, from the chaincode module) by
 * precompile address: which contract an address is, its functions by 4-byte selector and its events
 * by topic0. Loaded once; read-only afterwards.
 */
public final class AbiCatalog {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The ABI files, by contract name ({@code abi/<name>.json}). */
  public static final List<String> CONTRACTS =
      List.of(
          "Roles",
          "LoyaltyPrograms",
          "LoyaltyToken",
          "MembershipCards",
          "MembershipCard",
          "Governor",
          "Provenance",
          "Consent",
          "NodeRules",
          "EthereumDIDRegistry",
          "GtinRegistry",
          "MemberAccounts",
          "ProfitSharing",
          "CreatorWorks",
          "Editions",
          "SampleCampaigns",
          "Reviews",
          "FarmShares");

  /** One function or event: its name, signature and inputs (ABI JSON parameters). */
  record Entry(String name, String signature, List<JsonNode> inputs) {}

  /** One ABI file: its contract name, functions by selector hex, events by topic0 hex. */
  record Contract(String name, Map<String, Entry> functions, Map<String, Entry> events) {}

  private final Map<String, Contract> byName = new TreeMap<>();

  AbiCatalog() {
    for (String name : CONTRACTS) {
      byName.put(name, load(name));
    }
  }

  /** The contract at {@code address}, if it is a chaincode precompile. */
  Optional<Contract> at(Address address) {
    ChainAddress chain = ChainAddress.wrap(address.toArray());
    if (LoyaltyAddresses.programId(chain).isPresent()) {
      return Optional.of(byName.get("LoyaltyToken"));
    }
    if (MembershipAddresses.collectionId(chain).isPresent()) {
      return Optional.of(byName.get("MembershipCard"));
    }
    Map<ChainAddress, String> fixed =
        Map.ofEntries(
            Map.entry(StandardRoles.ROLES_ADDRESS, "Roles"),
            Map.entry(LoyaltyAddresses.REGISTRY, "LoyaltyPrograms"),
            Map.entry(MembershipAddresses.REGISTRY, "MembershipCards"),
            Map.entry(StandardRoles.DAO_GOVERNOR_ADDRESS, "Governor"),
            Map.entry(ProvenanceLayout.ADDRESS, "Provenance"),
            Map.entry(ConsentPrecompile.ADDRESS, "Consent"),
            Map.entry(NodeRulesPrecompile.ADDRESS, "NodeRules"),
            Map.entry(DidRegistryPrecompile.ADDRESS, "EthereumDIDRegistry"),
            Map.entry(GtinRegistryLayout.ADDRESS, "GtinRegistry"),
            Map.entry(MemberAccountsLayout.ADDRESS, "MemberAccounts"),
            Map.entry(ProfitSharingLayout.ADDRESS, "ProfitSharing"),
            Map.entry(WorksLayout.ADDRESS, "CreatorWorks"),
            Map.entry(EditionsLayout.ADDRESS, "Editions"),
            Map.entry(SampleCampaignsLayout.ADDRESS, "SampleCampaigns"),
            Map.entry(ReviewsLayout.ADDRESS, "Reviews"),
            Map.entry(FarmShareLayout.ADDRESS, "FarmShares"));
    return Optional.ofNullable(fixed.get(chain)).map(byName::get);
  }

  /** The function {@code calldata} calls on {@code contract}, by its selector. */
  static Optional<Entry> function(Contract contract, Bytes calldata) {
    if (calldata.size() < 4) {
      return Optional.empty();
    }
    String selector = Bytes.of(java.util.Arrays.copyOf(calldata.toArray(), 4)).toHex();
    return Optional.ofNullable(contract.functions().get(selector));
  }

  private static Contract load(String name) {
    try (InputStream in =
        AbiCatalog.class.getClassLoader().getResourceAsStream("abi/" + name + ".json")) {
      if (in == null) {
        throw new IllegalStateException("abi/" + name + ".json is missing from the class path");
      }
      Map<String, Entry> functions = new TreeMap<>();
      Map<String, Entry> events = new TreeMap<>();
      for (JsonNode item : JSON.readTree(in)) {
        String type = item.path("type").asText();
        if (!type.equals("function") && !type.equals("event")) {
          continue;
        }
        List<JsonNode> inputs = new ArrayList<>();
        item.path("inputs").forEach(inputs::add);
        String signature = item.path("name").asText() + "(" + types(inputs) + ")";
        Entry entry = new Entry(item.path("name").asText(), signature, inputs);
        String hash =
            Hash.keccak(signature.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toHex();
        if (type.equals("function")) {
          functions.put(hash.substring(0, 10), entry);
        } else {
          events.put(hash, entry);
        }
      }
      return new Contract(name, functions, events);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The canonical parameter list of a signature ({@code tuple} spelled as its components). */
  static String types(List<JsonNode> params) {
    List<String> out = new ArrayList<>();
    for (JsonNode param : params) {
      out.add(canonical(param));
    }
    return String.join(",", out);
  }

  static String canonical(JsonNode param) {
    String type = param.path("type").asText();
    if (!type.startsWith("tuple")) {
      return type;
    }
    List<JsonNode> components = new ArrayList<>();
    param.path("components").forEach(components::add);
    return "(" + types(components) + ")" + type.substring("tuple".length());
  }
}
