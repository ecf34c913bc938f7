package io.coterie.node.rpc.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.coterie.node.types.Address;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Checks a bearer token: the node's own HS256 tokens against its in-memory secret, and, when an
 * external key is configured, tokens of that one algorithm against it. Each algorithm maps to one
 * key, so a token cannot pick its own (no {@code alg: none}, no HS256 keyed with the public key).
 * Then {@code exp} (required) and {@code nbf}, then the claims: {@code coterie:address} makes a
 * {@link Caller.Partner}, else {@code permissions} a {@link Caller.User}.
 */
public final class TokenVerifier {
  private final TokenIssuer own;
  private final JwtPublicKey external;
  private final Clock clock;
  private final String renewHint;

  /**
   * @param renewHint how a caller gets a new token at this endpoint, e.g. "log in again at POST
   *     /login"
   */
  public TokenVerifier(TokenIssuer own, JwtPublicKey external, Clock clock, String renewHint) {
    this.own = own;
    this.external = external;
    this.clock = clock;
    this.renewHint = renewHint;
  }

  public TokenCheck check(String token) {
    JWT jwt;
    try {
      jwt = JWTParser.parse(token.trim());
    } catch (ParseException e) {
      return refused(
          "malformed token ("
              + e.getMessage()
              + "); send the token itself, three base64url parts joined by dots, as"
              + " Authorization: Bearer <token>");
    }
    if (jwt instanceof PlainJWT) {
      return refused(
          "unsigned token (alg none) refused; " + acceptedAlgorithms() + "; " + renewHint);
    }
    if (jwt instanceof EncryptedJWT || !(jwt instanceof SignedJWT signed)) {
      return refused("encrypted tokens are not accepted; " + acceptedAlgorithms());
    }
    JWSAlgorithm algorithm = signed.getHeader().getAlgorithm();
    boolean ownToken = JWSAlgorithm.HS256.equals(algorithm);
    boolean externalToken = external.algorithm().filter(algorithm::equals).isPresent();
    if (!ownToken && !externalToken) {
      return refused(
          "token signed with "
              + algorithm
              + " refused; "
              + acceptedAlgorithms()
              + "; "
              + renewHint);
    }
    try {
      JWSVerifier verifier = ownToken ? own.verifier() : external.verifier();
      if (!signed.verify(verifier)) {
        return refused(
            ownToken
                ? "token signature does not verify: it was not issued by this endpoint (or by"
                    + " an earlier run of this node); "
                    + renewHint
                : "token signature does not verify against the public key in "
                    + external.file().orElseThrow()
                    + "; sign it with the matching private key");
      }
      return claims(signed.getJWTClaimsSet());
    } catch (JOSEException | ParseException | IllegalStateException e) {
      return refused("token cannot be verified (" + e.getMessage() + "); " + renewHint);
    }
  }

  private TokenCheck claims(JWTClaimsSet claims) {
    Instant now = clock.instant();
    Date expiry = claims.getExpirationTime();
    if (expiry == null) {
      return refused("token has no exp claim; tokens must expire; " + renewHint);
    }
    if (!now.isBefore(expiry.toInstant())) {
      return refused("token expired at " + expiry.toInstant() + "; " + renewHint);
    }
    Date notBefore = claims.getNotBeforeTime();
    if (notBefore != null && now.isBefore(notBefore.toInstant())) {
      return refused(
          "token is not valid before "
              + notBefore.toInstant()
              + "; check the issuer's clock or wait until then");
    }
    PermissionSet permissions;
    boolean claimed;
    try {
      List<String> texts = claims.getStringListClaim(TokenIssuer.PERMISSIONS);
      claimed = texts != null;
      permissions = claimed ? PermissionSet.parse(texts) : PermissionSet.NONE;
    } catch (ParseException | IllegalArgumentException e) {
      return refused(
          "token's permissions claim is not a list of \"ns:method\" strings ("
              + e.getMessage()
              + ")");
    }
    Object address = claims.getClaim(TokenIssuer.ADDRESS);
    if (address != null) {
      try {
        return new TokenCheck.Valid(
            new Caller.Partner(
                Address.fromHex(address.toString()),
                claimed ? permissions : PermissionSet.ALL,
                expiry.toInstant()));
      } catch (IllegalArgumentException e) {
        return refused("token's coterie:address claim is not a 0x-prefixed 20-byte address");
      }
    }
    String subject = claims.getSubject() == null ? "token holder" : claims.getSubject();
    return new TokenCheck.Valid(new Caller.User(subject, permissions, expiry.toInstant()));
  }

  private String acceptedAlgorithms() {
    return external
        .algorithm()
        .map(
            alg ->
                "this endpoint accepts "
                    + alg
                    + " tokens signed with the key in "
                    + external.file().orElseThrow()
                    + " and HS256 tokens it issued itself")
        .orElse("this endpoint accepts only the HS256 tokens it issued itself");
  }

  private static TokenCheck refused(String message) {
    return new TokenCheck.Refused(message);
  }
}
