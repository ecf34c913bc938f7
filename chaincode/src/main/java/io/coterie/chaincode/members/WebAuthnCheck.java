package io.coterie.chaincode.members;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.bytes32;
import static io.coterie.chaincode.abi.AbiValues.string;

import io.coterie.chaincode.p256.P256;
import io.coterie.chaincode.p256.P256VerifyPrecompile;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.MeteredState;
import io.coterie.chaincode.spi.Word;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.web3j.abi.datatypes.generated.Uint8;

/**
 * The WebAuthn rules a request's assertion must meet, in the order they are checked: UP and UV
 * flags, {@code type == "webauthn.get"}, the challenge, an allowed origin, the relying party (the
 * authenticatorData's rpIdHash is SHA-256 of the origin's host), and the P-256 signature over
 * {@code authenticatorData ‖ SHA-256(clientDataJSON)}. Each failure is its own custom error.
 */
final class WebAuthnCheck {
  private static final int FLAG_UP = 0x01;
  private static final int FLAG_UV = 0x04;
  private static final int AUTH_DATA_MIN = 37;

  /** SHA-256 as Ethereum's precompile 0x02 prices it. */
  static long sha256Gas(int length) {
    return 60 + 12L * ((length + 31) / 32);
  }

  private WebAuthnCheck() {}

  static Optional<CallResult> refusal(
      CallContext ctx,
      ChainAddress account,
      Word x,
      Word y,
      Word requestHash,
      WebAuthnAssertion a) {
    byte[] authData = a.authenticatorData();
    if (authData.length < AUTH_DATA_MIN) {
      return refuse(
          MemberAccountsErrors.MALFORMED_ASSERTION.revert(
              string("authenticatorData has " + authData.length + " bytes, at least 37 needed")));
    }
    int flags = authData[32] & 0xff;
    if ((flags & FLAG_UP) == 0) {
      return refuse(MemberAccountsErrors.USER_NOT_PRESENT.revert(new Uint8(flags)));
    }
    if ((flags & FLAG_UV) == 0) {
      return refuse(MemberAccountsErrors.USER_NOT_VERIFIED.revert(new Uint8(flags)));
    }
    Optional<ClientDataJson> clientData = ClientDataJson.parse(a.clientDataJson());
    if (clientData.isEmpty()) {
      return refuse(
          MemberAccountsErrors.MALFORMED_ASSERTION.revert(
              string("clientDataJSON is not a JSON object of strings and booleans")));
    }
    String type = clientData.get().string("type").orElse("");
    if (!type.equals("webauthn.get")) {
      return refuse(MemberAccountsErrors.WRONG_CLIENT_DATA_TYPE.revert(string(type)));
    }
    String expected = MemberRequest.challenge(requestHash);
    String challenge = clientData.get().string("challenge").orElse("");
    if (!challenge.equals(expected)) {
      return refuse(
          MemberAccountsErrors.WRONG_CHALLENGE.revert(string(expected), string(challenge)));
    }
    String origin = clientData.get().string("origin").orElse("");
    if (!isAllowedOrigin(ctx, origin)) {
      return refuse(MemberAccountsErrors.ORIGIN_NOT_ALLOWED.revert(string(origin)));
    }
    byte[] rpIdHash = java.util.Arrays.copyOf(authData, 32);
    byte[] host = Origins.host(origin).getBytes(StandardCharsets.UTF_8);
    ctx.gas().charge(sha256Gas(host.length));
    Word expectedRp = Word.wrap(sha256(host));
    if (!Word.wrap(rpIdHash).equals(expectedRp)) {
      return refuse(
          MemberAccountsErrors.WRONG_RELYING_PARTY.revert(
              bytes32(Word.wrap(rpIdHash)), bytes32(expectedRp)));
    }
    byte[] clientDataBytes = a.clientDataJson().getBytes(StandardCharsets.UTF_8);
    ctx.gas().charge(sha256Gas(clientDataBytes.length));
    byte[] signed = new byte[authData.length + 32];
    System.arraycopy(authData, 0, signed, 0, authData.length);
    System.arraycopy(sha256(clientDataBytes), 0, signed, authData.length, 32);
    ctx.gas().charge(sha256Gas(signed.length) + P256VerifyPrecompile.GAS);
    if (!P256.verify(sha256(signed), a.r(), a.s(), x.toBigInteger(), y.toBigInteger())) {
      return refuse(
          MemberAccountsErrors.BAD_SIGNATURE.revert(address(account), bytes32(a.keyId())));
    }
    return Optional.empty();
  }

  static boolean isAllowedOrigin(CallContext ctx, String origin) {
    return !MeteredState.of(ctx, MemberAccountsLayout.ADDRESS)
        .load(MemberAccountsLayout.origin(origin))
        .isZero();
  }

  static byte[] sha256(byte[] data) {
    SHA256Digest digest = new SHA256Digest();
    digest.update(data, 0, data.length);
    byte[] out = new byte[32];
    digest.doFinal(out, 0);
    return out;
  }

  private static Optional<CallResult> refuse(CallResult revert) {
    return Optional.of(revert);
  }
}
