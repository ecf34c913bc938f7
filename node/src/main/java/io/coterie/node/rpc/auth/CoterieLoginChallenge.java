package io.coterie.node.rpc.auth;

import io.coterie.node.rpc.json.InvalidParamsException;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;
import io.coterie.node.types.Address;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code coterie_loginChallenge(address)}: the message to sign with personal_sign, and when it
 * expires ({@code {"message", "expiresAt"}}). Callable without a token.
 */
final class CoterieLoginChallenge implements RpcMethod {
  private final AddressLogin login;

  CoterieLoginChallenge(AddressLogin login) {
    this.login = login;
  }

  @Override
  public String name() {
    return "coterie_loginChallenge";
  }

  @Override
  public Object execute(RpcParams params) {
    String text = params.requiredString(0, "address");
    Address address;
    try {
      address = Address.fromHex(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidParamsException(
          "address '"
              + text
              + "' is not a 0x-prefixed 20-byte address; pass the account to log in");
    }
    LoginChallenges.Challenge challenge = login.challenge(address);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("message", challenge.message());
    out.put("expiresAt", challenge.expiresAt().toString());
    return out;
  }
}
