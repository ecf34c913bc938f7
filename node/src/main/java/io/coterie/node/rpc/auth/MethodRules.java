package io.coterie.node.rpc.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.coterie.chaincode.consent.ConsentPrecompile;
import io.coterie.node.crypto.Keccak;
import io.coterie.node.execution.ChaincodeValues;
import io.coterie.node.rpc.json.Data;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcError;
import io.coterie.node.types.Address;
import io.coterie.node.types.Transaction;
import io.coterie.node.types.TransactionCodec;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether a {@link Grant} lets its caller make this call: the method's permission, then the
 * narrowings that depend on the params. A read-only role refuses sending; {@code send-to} refuses a
 * transaction to anywhere else; own-consent-records refuses the consent views about another member
 * ({@code hasConsent}/{@code consentOf} through eth_call or eth_estimateGas), consent storage
 * (eth_getStorageAt, eth_getProof at 0x…1005) and log queries that could return consent events of
 * others (a filter that may match 0x…1005 must pin topic 1, the member, to the caller). Params that
 * do not parse are left to the method, which answers them with -32602.
 */
final class MethodRules {
  static final Address CONSENT = ChaincodeValues.toNode(ConsentPrecompile.ADDRESS);

  private static final Set<String> SENDS = Set.of("eth_sendRawTransaction", "eth_sendTransaction");
  private static final Set<String> CALLS =
      Set.of("eth_call", "eth_estimateGas", "eth_createAccessList");
  private static final Set<String> STORAGE = Set.of("eth_getStorageAt", "eth_getProof");
  private static final Set<String> LOG_QUERIES = Set.of("eth_getLogs", "eth_newFilter");
  private static final Set<String> CONSENT_VIEWS =
      Set.of(
          selector("hasConsent(address,address,bytes32)"),
          selector("consentOf(address,address,bytes32)"));

  private MethodRules() {}

  /** Why {@code grant} may not make this call, or empty when it may. */
  static Optional<RpcError> refusal(Grant grant, String method, RpcParams params) {
    if (!grant.permits(method)) {
      return Optional.of(lacksPermission(grant, method));
    }
    if (SENDS.contains(method)) {
      return sendRefusal(grant, method, params);
    }
    if (!grant.ownConsentRecordsOnly(method)) {
      return Optional.empty();
    }
    Address self = grant.self().orElseThrow();
    if (CALLS.contains(method)) {
      return consentCallRefusal(grant, params, self);
    }
    if (STORAGE.contains(method)
        && params.optional(0, "address").filter(MethodRules::isConsent).isPresent()) {
      return refuse(
          grant.subject()
              + " may read consent records only about itself, so not the consent precompile's"
              + " raw storage; call hasConsent/consentOf with your own address");
    }
    if (LOG_QUERIES.contains(method)) {
      return logRefusal(grant, params.optional(0, "filter"), self);
    }
    if (method.equals("eth_subscribe")
        && params.optional(0, "kind").map(JsonNode::asText).orElse("").equals("logs")) {
      return logRefusal(grant, params.optional(1, "filter"), self);
    }
    return Optional.empty();
  }

  static RpcError lacksPermission(Grant grant, String method) {
    if (!grant.authenticated()) {
      return new RpcError(
          AuthErrors.UNAUTHORIZED,
          "Unauthorized: " + method + " needs a token; " + grant.howToAuthenticate(),
          null);
    }
    return new RpcError(
        AuthErrors.UNAUTHORIZED,
        "Unauthorized: "
            + grant.subject()
            + " lacks permission "
            + Permission.neededBy(method)
            + " (it holds "
            + (grant.describePermissions().isEmpty()
                ? "none"
                : String.join(", ", grant.describePermissions()))
            + "); ask the node's operator for it",
        null);
  }

  private static Optional<RpcError> sendRefusal(Grant grant, String method, RpcParams params) {
    if (!grant.readOnlyRoles().isEmpty()) {
      return refuse(
          grant.subject()
              + " may not send transactions: "
              + String.join(", ", grant.readOnlyRoles())
              + " is read-only (auditors read, they never transact); send from another account");
    }
    Optional<TreeSet<Address>> targets = grant.sendTargets(method);
    if (targets.isEmpty() || !method.equals("eth_sendRawTransaction")) {
      return Optional.empty();
    }
    Optional<Address> to = rawTransactionTarget(params);
    if (to.isEmpty() || targets.get().contains(to.get())) {
      return Optional.empty();
    }
    return refuse(
        grant.subject()
            + " may send transactions only to "
            + String.join(", ", targets.get().stream().map(Address::toHex).toList())
            + ", not to "
            + to.get().toHex()
            + "; a farm or an inspector records provenance (0x…1004) and nothing else");
  }

  private static Optional<Address> rawTransactionTarget(RpcParams params) {
    try {
      Transaction tx = TransactionCodec.decode(Data.decode(params.requiredString(0, "data")));
      return tx.to();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<RpcError> consentCallRefusal(
      Grant grant, RpcParams params, Address self) {
    JsonNode call = params.optional(0, "call").orElse(null);
    if (call == null || !call.isObject() || !isConsent(call.path("to"))) {
      return Optional.empty();
    }
    String data =
        call.hasNonNull("input") ? call.get("input").asText() : call.path("data").asText();
    byte[] input;
    try {
      input = Data.decode(data);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    if (input.length < 36 || !CONSENT_VIEWS.contains(HexFormat.of().formatHex(input, 0, 4))) {
      return Optional.empty();
    }
    Address member = Address.wrap(Arrays.copyOfRange(input, 16, 36));
    if (member.equals(self)) {
      return Optional.empty();
    }
    return refuse(
        grant.subject()
            + " may read consent records only about itself, not about "
            + member.toHex()
            + "; pass your own address as the member");
  }

  private static Optional<RpcError> logRefusal(
      Grant grant, Optional<JsonNode> filter, Address self) {
    JsonNode node = filter.orElse(null);
    if (node == null || !node.isObject()) {
      return Optional.empty();
    }
    JsonNode addresses = node.path("address");
    boolean mayMatchConsent =
        addresses.isMissingNode()
            || addresses.isNull()
            || (addresses.isArray() && (addresses.isEmpty() || containsConsent(addresses)))
            || isConsent(addresses);
    if (!mayMatchConsent) {
      return Optional.empty();
    }
    JsonNode member = node.path("topics").path(1);
    String own = "0x" + "0".repeat(24) + self.toHex().substring(2);
    boolean pinned =
        (member.isTextual() && member.asText().toLowerCase(Locale.ROOT).equals(own))
            || (member.isArray()
                && member.size() == 1
                && member.get(0).asText().toLowerCase(Locale.ROOT).equals(own));
    if (pinned) {
      return Optional.empty();
    }
    return refuse(
        grant.subject()
            + " may read consent events only about itself: name addresses other than the consent"
            + " precompile 0x…1005, or set topics[1] (the member) to "
            + own);
  }

  private static boolean containsConsent(JsonNode addresses) {
    for (JsonNode address : addresses) {
      if (isConsent(address)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isConsent(JsonNode node) {
    if (!node.isTextual()) {
      return false;
    }
    try {
      return CONSENT.equals(Address.fromHex(node.asText()));
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static Optional<RpcError> refuse(String reason) {
    return Optional.of(new RpcError(AuthErrors.UNAUTHORIZED, "Unauthorized: " + reason, null));
  }

  private static String selector(String signature) {
    return HexFormat.of()
        .formatHex(Keccak.hash(signature.getBytes(StandardCharsets.US_ASCII)), 0, 4);
  }
}
