package io.coterie.node.rpc.member;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coterie.node.rpc.method.RpcError;
import io.coterie.node.rpc.method.RpcErrorCode;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Type;
import org.web3j.utils.Numeric;

/**
 * A refused member request as JSON-RPC error code 3 whose {@code data} is {@code {error, args,
 * reason}}: the custom error's name (the page localises by it), its arguments (addresses and bytes
 * as 0x hex, numbers as decimal strings) and an English sentence for the member that says what to
 * do. Reverts of the target (points, cards, votes, drops) keep their own error names.
 */
final class MemberRefusal {
  private static final Map<String, String> REASONS =
      Map.ofEntries(
          Map.entry(
              "NotSponsor",
              "This shop cannot send requests for members yet; ask the shop to get SPONSOR_ROLE from the brand."),
          Map.entry(
              "UnknownAccount",
              "There is no member account for this passkey yet; create your account first."),
          Map.entry(
              "AccountExists",
              "You already have an account with this passkey; sign in with it instead."),
          Map.entry(
              "InvalidPublicKey", "Your passkey could not be read; create the passkey again."),
          Map.entry("CredentialIdTooLong", "Your passkey's id is too long; create a new passkey."),
          Map.entry("RequestExpired", "The request took too long and expired; please try again."),
          Map.entry(
              "WrongNonce",
              "This request was already sent or is out of date; reload the page and try again."),
          Map.entry(
              "UnknownKey",
              "This passkey does not belong to the account; sign in with a passkey of this account."),
          Map.entry(
              "MalformedAssertion",
              "Your browser's passkey answer could not be read; please try again."),
          Map.entry(
              "UserNotPresent", "Touch your authenticator when your browser asks, then try again."),
          Map.entry(
              "UserNotVerified",
              "Unlock your passkey with your fingerprint, face or PIN, then try again."),
          Map.entry(
              "WrongClientDataType",
              "The passkey answered a different question; please try again."),
          Map.entry(
              "WrongChallenge",
              "The passkey signed a different request; reload the page and try again."),
          Map.entry(
              "OriginNotAllowed",
              "This page is not one the brand allows for passkeys; open the shop's own member page."),
          Map.entry(
              "WrongRelyingParty",
              "The passkey belongs to another site; use the passkey you made for this shop."),
          Map.entry("BadSignature", "The passkey's signature did not check out; please try again."),
          Map.entry(
              "SponsorRateLimited",
              "The shop is sending many requests right now; please try again in a few minutes."),
          Map.entry(
              "MemberRateLimited",
              "You have sent many requests in a short time; please wait a few minutes and try again."));

  private MemberRefusal() {}

  static RpcError of(byte[] revertData) {
    String selector =
        revertData.length >= 4 ? Numeric.toHexString(Arrays.copyOf(revertData, 4)) : "0x";
    if (selector.equals("0x08c379a0")) {
      String text = decode(revertData, List.of("string")).get(0).asText();
      return error("Error", List.of(text), "The request was refused: " + text);
    }
    Optional<ChaincodeErrors.ErrorType> type = ChaincodeErrors.bySelector(selector);
    if (type.isEmpty()) {
      return error(
          "Unknown",
          List.of(Numeric.toHexString(revertData)),
          "The request was refused; please try again, and ask the shop if it keeps failing.");
    }
    ArrayNode args = decode(revertData, type.get().inputs());
    List<String> values = new java.util.ArrayList<>();
    args.forEach(a -> values.add(a.asText()));
    String reason =
        REASONS.getOrDefault(
            type.get().name(),
            "The request was refused ("
                + type.get().name()
                + "); check what you asked for, for example the amount or the date, and try again.");
    return error(type.get().name(), values, reason);
  }

  private static RpcError error(String name, List<String> args, String reason) {
    ObjectNode data = JsonNodeFactory.instance.objectNode();
    data.put("error", name);
    ArrayNode array = data.putArray("args");
    args.forEach(array::add);
    data.put("reason", reason);
    return new RpcError(RpcErrorCode.EXECUTION_REVERTED.code(), reason, data);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ArrayNode decode(byte[] revertData, List<String> types) {
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    try {
      List<TypeReference<Type>> refs = new java.util.ArrayList<>();
      for (String t : types) {
        refs.add((TypeReference<Type>) TypeReference.makeTypeReference(t));
      }
      String hex = Numeric.toHexString(Arrays.copyOfRange(revertData, 4, revertData.length));
      List<Type> values = FunctionReturnDecoder.decode(hex, (List) refs);
      for (Type v : values) {
        Object value = v.getValue();
        if (value instanceof byte[] bytes) {
          out.add(Numeric.toHexString(bytes));
        } else if (value instanceof BigInteger n) {
          out.add(n.toString());
        } else {
          out.add(String.valueOf(value));
        }
      }
    } catch (ClassNotFoundException | RuntimeException undecodable) {
      out.add(Numeric.toHexString(revertData));
    }
    return out;
  }
}
