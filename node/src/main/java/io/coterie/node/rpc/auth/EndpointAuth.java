package io.coterie.node.rpc.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coterie.node.rpc.method.MethodLookup;
import io.coterie.node.rpc.method.RpcError;
import io.coterie.node.rpc.method.RpcMethod;
import io.coterie.node.types.Address;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Authentication of one listener, independent of the transport: checks bearer tokens, answers
 * {@code /login} (username and password from the credentials file, or a signed challenge) and the
 * challenge route, and gives each request the registry as its caller may use it. With
 * authentication off it lets everything through unchanged.
 */
public final class EndpointAuth {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final EndpointAuthConfig config;
  private final RolePermissionTable table;
  private final RoleSource roles;
  private final TokenIssuer issuer;
  private final TokenVerifier verifier;
  private final AddressLogin addressLogin;
  private final List<RpcMethod> loginMethods;
  private final PermissionSet noAuth;
  private final Clock clock;

  /** A login or challenge answer: the HTTP status and the JSON body. */
  public record Reply(int status, JsonNode body) {}

  /**
   * @param addressLogins whether {@code coterie_login} is offered (it needs {@code roles} over a
   *     chain)
   */
  public EndpointAuth(
      EndpointAuthConfig config,
      RolePermissionTable table,
      RoleSource roles,
      boolean addressLogins,
      long chainId,
      Duration tokenLifetime,
      Clock clock,
      SecureRandom random) {
    this.config = config;
    this.table = table;
    this.roles = roles;
    this.clock = clock;
    this.issuer = new TokenIssuer(tokenLifetime, clock, random);
    this.noAuth = PermissionSet.ofMethods(config.methodsNoAuth());
    boolean logins = config.enabled() && addressLogins;
    this.addressLogin =
        logins
            ? new AddressLogin(new LoginChallenges(chainId, clock, random), roles, table, issuer)
            : null;
    this.loginMethods =
        logins
            ? List.of(new CoterieLoginChallenge(addressLogin), new CoterieLogin(addressLogin))
            : List.of();
    this.verifier = new TokenVerifier(issuer, config.externalKey(), clock, renewHint());
  }

  public static EndpointAuth off() {
    return new EndpointAuth(
        EndpointAuthConfig.off(),
        RolePermissionTable.defaults(),
        RoleSource.NONE,
        false,
        1,
        RpcAuthConfig.DEFAULT_TOKEN_LIFETIME,
        Clock.systemUTC(),
        new SecureRandom());
  }

  public boolean enabled() {
    return config.enabled();
  }

  /** Whether callers without a token may call anything at all (methods-no-auth). */
  public boolean opensMethodsWithoutToken() {
    return !noAuth.isEmpty();
  }

  public TokenCheck authenticate(String bearerToken) {
    return verifier.check(bearerToken);
  }

  /** What a caller without a token is told when it needs one. */
  public String missingTokenMessage() {
    return "Unauthorized: this endpoint needs a token; " + loginHint();
  }

  /** Whether {@code caller}'s token has expired by now. */
  public boolean expired(Caller caller) {
    return caller.expiresAt().filter(at -> !clock.instant().isBefore(at)).isPresent();
  }

  /** How long until {@code expiry} by this endpoint's clock; zero once past. */
  public Duration untilExpiry(java.time.Instant expiry) {
    Duration left = Duration.between(clock.instant(), expiry);
    return left.isNegative() ? Duration.ZERO : left;
  }

  /** The registry as {@code caller} may use it for one request. */
  public MethodLookup methodsFor(Caller caller, MethodLookup registry) {
    if (!config.enabled()) {
      return registry;
    }
    return new PermittedMethods(registry, () -> grantOf(caller), loginMethods);
  }

  /**
   * {@code POST /login}: {@code {"username", "password"}} against the credentials file (Besu), or
   * {@code {"message", "signature"}}, a signed challenge.
   */
  public Reply login(byte[] body) {
    if (!config.enabled()) {
      return error(400, "authentication is off on this endpoint; call the methods directly");
    }
    JsonNode request;
    try {
      request = JSON.readTree(body);
    } catch (IOException e) {
      request = null;
    }
    if (request == null || !request.isObject()) {
      return error(
          400, "send a JSON object: {\"username\", \"password\"} or {\"message\", \"signature\"}");
    }
    if (request.has("signature")) {
      return signatureLogin(request);
    }
    if (!config.users().present()) {
      return error(
          400,
          "this endpoint has no credentials file, so no password logins; "
              + (addressLogin != null
                  ? "log in with a signed challenge (GET /login/challenge?address=0x…)"
                  : "use a token from the configured issuer"));
    }
    JsonNode username = request.get("username");
    JsonNode password = request.get("password");
    if (username == null || !username.isTextual() || password == null || !password.isTextual()) {
      return error(400, "send {\"username\": \"…\", \"password\": \"…\"}");
    }
    Optional<PermissionSet> permissions =
        config.users().authenticate(username.asText(), password.asText().toCharArray());
    if (permissions.isEmpty()) {
      return error(401, "Unauthorized: unknown user or wrong password; check both and try again");
    }
    return token(issuer.issueForUser(username.asText(), permissions.get()));
  }

  /** {@code GET /login/challenge?address=0x…}: the message to sign. */
  public Reply challenge(String address) {
    if (addressLogin == null) {
      return error(
          400,
          config.enabled()
              ? "this endpoint offers no address logins"
              : "authentication is off on this endpoint; call the methods directly");
    }
    Address account;
    try {
      account = Address.fromHex(address);
    } catch (IllegalArgumentException e) {
      return error(400, "pass ?address=0x<20-byte address> of the account that will sign");
    }
    LoginChallenges.Challenge challenge = addressLogin.challenge(account);
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("message", challenge.message());
    out.put("expiresAt", challenge.expiresAt().toString());
    return new Reply(200, out);
  }

  private Reply signatureLogin(JsonNode request) {
    if (addressLogin == null) {
      return error(400, "this endpoint offers no address logins");
    }
    JsonNode message = request.get("message");
    JsonNode signature = request.get("signature");
    if (message == null || !message.isTextual() || !signature.isTextual()) {
      return error(400, "send {\"message\": \"<the challenge>\", \"signature\": \"0x…\"}");
    }
    AddressLogin.Outcome outcome = addressLogin.login(message.asText(), signature.asText());
    if (outcome instanceof AddressLogin.Outcome.Refused refused) {
      return error(401, "Unauthorized: login refused: " + refused.message());
    }
    return token(((AddressLogin.Outcome.Token) outcome).token());
  }

  private Grant grantOf(Caller caller) {
    if (caller instanceof Caller.User user) {
      return Grant.user(user.name(), user.permissions());
    }
    if (caller instanceof Caller.Partner partner) {
      return Grant.address(
          partner.address(), table.grantsFor(roles.rolesOf(partner.address())), partner.ceiling());
    }
    return Grant.anonymous(noAuth, loginHint());
  }

  /** The ways to get a token here, e.g. {@code POST /login with {"username", "password"}}. */
  private String tokenSources() {
    StringBuilder ways = new StringBuilder();
    if (config.users().present()) {
      ways.append("POST /login with {\"username\", \"password\"}");
    }
    if (addressLogin != null) {
      ways.append(ways.length() == 0 ? "" : ", or ")
          .append("sign the message of coterie_loginChallenge (GET /login/challenge?address=0x…)")
          .append(" with your account and send it to coterie_login (POST /login)");
    }
    if (config.externalKey().present()) {
      ways.append(ways.length() == 0 ? "" : ", or ")
          .append("ask the issuer whose key this node trusts");
    }
    return ways.length() == 0 ? "ask the node's operator" : ways.toString();
  }

  private String loginHint() {
    return "get one (" + tokenSources() + "), then send Authorization: Bearer <token>";
  }

  private String renewHint() {
    return "get a new one (" + tokenSources() + ")";
  }

  private static Reply token(String token) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("token", token);
    return new Reply(200, out);
  }

  private static Reply error(int status, String message) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("jsonrpc", "2.0");
    out.putNull("id");
    out.set(
        "error",
        new RpcError(status == 401 ? AuthErrors.UNAUTHORIZED : -32600, message, null).toJson());
    return new Reply(status, out);
  }
}
