package io.coterie.node.rpc.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.coterie.node.types.Address;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * Signs the tokens an endpoint's {@code /login} and {@code coterie_login} hand out: HS256 with a
 * random 256-bit secret that lives only in this process, so tokens die with a restart and are good
 * only at the endpoint that issued them (as Besu's per-service keys). Thread-safe.
 */
public final class TokenIssuer {
  public static final String PERMISSIONS = "permissions";
  public static final String ADDRESS = "coterie:address";
  static final String ISSUER = "coterie";

  private final byte[] secret = new byte[32];
  private final MACSigner signer;
  private final MACVerifier verifier;
  private final Duration lifetime;
  private final Clock clock;

  public TokenIssuer(Duration lifetime, Clock clock, SecureRandom random) {
    if (lifetime.isZero() || lifetime.isNegative()) {
      throw new IllegalArgumentException("the token lifetime must be positive, got " + lifetime);
    }
    random.nextBytes(secret);
    try {
      this.signer = new MACSigner(secret);
      this.verifier = new MACVerifier(secret);
    } catch (JOSEException e) {
      throw new IllegalStateException("a 256-bit secret always makes an HS256 key", e);
    }
    this.lifetime = lifetime;
    this.clock = clock;
  }

  /** A token for a credentials-file user: its {@code permissions} list, as Besu's /login. */
  public String issueForUser(String username, PermissionSet permissions) {
    return sign(
        claims(username).claim("username", username).claim(PERMISSIONS, permissions.texts()));
  }

  /** A token for an address that proved its key: methods follow its roles at the head. */
  public String issueForAddress(Address address) {
    return sign(claims(address.toHex()).claim(ADDRESS, address.toHex()));
  }

  public Duration lifetime() {
    return lifetime;
  }

  JWSVerifier verifier() {
    return verifier;
  }

  private JWTClaimsSet.Builder claims(String subject) {
    Instant now = clock.instant();
    return new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .subject(subject)
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(lifetime)));
  }

  private String sign(JWTClaimsSet.Builder claims) {
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("HS256 signing with an in-memory key cannot fail", e);
    }
    return jwt.serialize();
  }
}
