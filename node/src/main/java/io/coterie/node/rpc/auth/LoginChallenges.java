package io.coterie.node.rpc.auth;

import io.coterie.node.types.Address;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The challenges an account signs to log in with the key it already has. A challenge is a text
 * message naming the address, the chain, a random nonce and an expiry, with an HMAC tag over them
 * under a key held in memory, so the node keeps nothing per challenge handed out: it recognises its
 * own by the tag. Only a nonce that was used for a login is remembered, until its expiry, so each
 * challenge logs in once.
 */
public final class LoginChallenges {
  public static final Duration LIFETIME = Duration.ofMinutes(5);

  /**
   * Logins remembered at once; beyond it logins wait (10k a minute is far above any consortium).
   */
  static final int MAX_REMEMBERED = 50_000;

  private static final Pattern FORMAT =
      Pattern.compile(
          "Log in to Coterie RPC\n"
              + "Address: (0x[0-9a-fA-F]{40})\n"
              + "Chain ID: (\\d{1,19})\n"
              + "Nonce: ([0-9a-f]{32})\n"
              + "Expires: (\\S+)\n"
              + "Tag: ([0-9a-f]{64})");

  private final long chainId;
  private final byte[] key = new byte[32];
  private final SecureRandom random;
  private final Clock clock;
  private final Map<String, Instant> used = new ConcurrentHashMap<>();

  public LoginChallenges(long chainId, Clock clock, SecureRandom random) {
    this.chainId = chainId;
    this.clock = clock;
    this.random = random;
    random.nextBytes(key);
  }

  /** A message and its expiry, to sign with personal_sign. */
  public record Challenge(String message, Instant expiresAt) {}

  /** The verdict on a signed challenge: the address it proves, or what is wrong. */
  public sealed interface Proof permits Proof.Proven, Proof.Refused {
    record Proven(Address address) implements Proof {}

    record Refused(String message) implements Proof {}
  }

  public Challenge issue(Address address) {
    byte[] nonce = new byte[16];
    random.nextBytes(nonce);
    Instant expires =
        clock.instant().plus(LIFETIME).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    String nonceHex = HexFormat.of().formatHex(nonce);
    String body =
        "Log in to Coterie RPC\n"
            + "Address: "
            + address.toChecksumHex()
            + "\nChain ID: "
            + chainId
            + "\nNonce: "
            + nonceHex
            + "\nExpires: "
            + expires;
    return new Challenge(body + "\nTag: " + tag(address, nonceHex, expires.toString()), expires);
  }

  /**
   * Checks, in order: the message is ours and unchanged, not expired, signed by its address,
   * unused.
   */
  public Proof verify(String message, String signatureHex) {
    Matcher m = FORMAT.matcher(message);
    if (!m.matches()) {
      return refused(
          "the message is not a Coterie login challenge; ask for one with coterie_loginChallenge"
              + " (or GET /login/challenge?address=0x…) and sign it unchanged");
    }
    Address address = Address.fromHex(m.group(1));
    String nonce = m.group(3);
    String expiresText = m.group(4);
    byte[] expected = tag(address, nonce, expiresText).getBytes(StandardCharsets.US_ASCII);
    if (!m.group(2).equals(Long.toString(chainId))
        || !MessageDigest.isEqual(expected, m.group(5).getBytes(StandardCharsets.US_ASCII))) {
      return refused(
          "the challenge was not issued by this endpoint or was altered; ask for a new one and"
              + " sign it unchanged");
    }
    Instant expires;
    try {
      expires = Instant.parse(expiresText);
    } catch (DateTimeParseException e) {
      return refused("the challenge's expiry is unreadable; ask for a new challenge");
    }
    Instant now = clock.instant();
    if (!now.isBefore(expires)) {
      return refused(
          "the challenge expired at "
              + expires
              + "; ask for a new one and sign it within 5 minutes");
    }
    Optional<Address> signer = PersonalSign.signer(message, signatureHex);
    if (signer.isEmpty()) {
      return refused(
          "the signature is not a 65-byte personal_sign signature of the challenge; sign the"
              + " message with personal_sign (ethers: wallet.signMessage(message))");
    }
    if (!signer.get().equals(address)) {
      return refused(
          "the challenge is for "
              + address.toChecksumHex()
              + " but was signed by "
              + signer.get().toChecksumHex()
              + "; sign it with the key of "
              + address.toChecksumHex());
    }
    used.values().removeIf(expiry -> !now.isBefore(expiry));
    if (used.size() >= MAX_REMEMBERED) {
      return refused("too many logins in the last 5 minutes; try again in a minute");
    }
    if (used.putIfAbsent(nonce, expires) != null) {
      return refused("this challenge was already used to log in; ask for a new one for each login");
    }
    return new Proof.Proven(address);
  }

  private String tag(Address address, String nonceHex, String expires) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      String fields = address.toHex() + "|" + chainId + "|" + nonceHex + "|" + expires;
      return HexFormat.of().formatHex(mac.doFinal(fields.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JVM has HmacSHA256", e);
    }
  }

  private static Proof refused(String message) {
    return new Proof.Refused(message);
  }
}
