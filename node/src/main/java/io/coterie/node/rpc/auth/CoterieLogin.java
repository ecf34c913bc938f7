package io.coterie.node.rpc.auth;

import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcError;
import io.coterie.node.rpc.method.RpcException;
import io.coterie.node.rpc.method.RpcMethod;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code coterie_login(message, signature)}: a challenge from {@code coterie_loginChallenge} and
 * its personal_sign signature; answers {@code {"token", "address", "roles"}}. Refusals are -40100
 * with the reason. Callable without a token.
 */
final class CoterieLogin implements RpcMethod {
  private final AddressLogin login;

  CoterieLogin(AddressLogin login) {
    this.login = login;
  }

  @Override
  public String name() {
    return "coterie_login";
  }

  @Override
  public Object execute(RpcParams params) {
    AddressLogin.Outcome outcome =
        login.login(params.requiredString(0, "message"), params.requiredString(1, "signature"));
    if (outcome instanceof AddressLogin.Outcome.Refused refused) {
      throw new RpcException(
          new RpcError(AuthErrors.UNAUTHORIZED, "login refused: " + refused.message(), null));
    }
    AddressLogin.Outcome.Token token = (AddressLogin.Outcome.Token) outcome;
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("token", token.token());
    out.put("address", token.address().toChecksumHex());
    out.put("roles", token.roles());
    return out;
  }
}
