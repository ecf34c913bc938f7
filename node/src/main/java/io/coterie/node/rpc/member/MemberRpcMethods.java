package io.coterie.node.rpc.member;

import com.fasterxml.jackson.databind.JsonNode;
import io.coterie.node.rpc.json.InvalidParamsException;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.MethodLookup;
import io.coterie.node.rpc.method.RequestScope;
import io.coterie.node.rpc.method.RpcError;
import io.coterie.node.rpc.method.RpcErrorCode;
import io.coterie.node.rpc.method.RpcException;
import io.coterie.node.rpc.method.RpcMethod;
import io.coterie.node.types.Address;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The methods of {@code POST /member/rpc}: only {@link #ALLOWED}, looked up in the node's own
 * method set, with {@code eth_call} limited to chaincode addresses (and to the call and block
 * parameters). Any other name is refused with -32601 saying where it is served; an allowed method
 * the node does not run (the relayer's, without {@code --relayer-key-file}) says so.
 */
public final class MemberRpcMethods implements MethodLookup {
  /** The route's path on the web listener and the HTTP port. */
  public static final String PATH = "/member/rpc";

  /** Every method the route serves, in the order README ("Member page") lists them. */
  public static final List<String> ALLOWED =
      List.of(
          "eth_chainId",
          "eth_blockNumber",
          "eth_call",
          "eth_getTransactionReceipt",
          "coterie_createMemberAccount",
          "coterie_sendMemberRequest");

  private final MethodLookup node;
  private final Predicate<Address> isChaincode;

  /**
   * @param node the node's methods, with {@code eth} and {@code coterie} registered
   * @param isChaincode whether an address is a chaincode precompile
   */
  public MemberRpcMethods(MethodLookup node, Predicate<Address> isChaincode) {
    this.node = node;
    this.isChaincode = isChaincode;
  }

  @Override
  public Optional<RpcMethod> find(String name) {
    if (!ALLOWED.contains(name)) {
      return Optional.of(new Refused(name, notServed(name)));
    }
    Optional<RpcMethod> method = node.find(name);
    if (method.isEmpty()) {
      return Optional.of(
          new Refused(
              name,
              name
                  + " is not available on this node: it runs no relayer; start it with"
                  + " --relayer-key-file FILE (the devnet runs one)"));
    }
    return name.equals("eth_call")
        ? Optional.of(new ChaincodeCall(method.get(), isChaincode))
        : method;
  }

  @Override
  public Set<String> enabledNamespaces() {
    return Set.of("eth", "coterie");
  }

  private static String notServed(String name) {
    return name
        + " is not served at "
        + PATH
        + ", which answers only "
        + String.join(", ", ALLOWED)
        + "; use the node's JSON-RPC port (with a token where it needs one)";
  }

  /** {@code eth_call} to a chaincode address, with a call object and at most a block. */
  private record ChaincodeCall(RpcMethod call, Predicate<Address> isChaincode)
      implements RpcMethod {
    @Override
    public String name() {
      return call.name();
    }

    @Override
    public Object execute(RpcParams params) {
      check(params);
      return call.execute(params);
    }

    @Override
    public Object execute(RpcParams params, RequestScope scope) {
      check(params);
      return call.execute(params, scope);
    }

    private void check(RpcParams params) {
      if (params.size() > 2) {
        throw new InvalidParamsException(
            "eth_call at " + PATH + " takes a call object and a block only (no state overrides)");
      }
      JsonNode to = params.requiredObject(0, "call").get("to");
      Address target;
      try {
        target = Address.fromHex(to == null || !to.isTextual() ? "" : to.asText());
      } catch (IllegalArgumentException e) {
        throw new InvalidParamsException(
            "eth_call at " + PATH + " needs a \"to\" address of a chaincode precompile");
      }
      if (!isChaincode.test(target)) {
        throw new InvalidParamsException(
            "eth_call at "
                + PATH
                + " reaches chaincode precompiles only, and "
                + target.toHex()
                + " is none; read accounts through the node's JSON-RPC port");
      }
    }
  }

  /** A method this route does not serve: every call is refused with why and where to go. */
  private record Refused(String name, String message) implements RpcMethod {
    @Override
    public Object execute(RpcParams params) {
      throw new RpcException(new RpcError(RpcErrorCode.METHOD_NOT_FOUND, message));
    }
  }
}
