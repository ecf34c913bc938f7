package io.coterie.node.rpc.member;

import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;
import io.coterie.node.types.Bytes;
import java.util.List;
import java.util.Map;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.utils.Numeric;

/**
 * {@code coterie_sendMemberRequest({account, target, data, nonce, deadline, assertion: {keyId,
 * authenticatorData, clientDataJSON, r, s}})}: the relayer carries a member's passkey-signed
 * request ({@code execute} on {@code 0x…1008}) and answers {@code {transactionHash}}. Hex strings
 * throughout; {@code clientDataJSON} is the UTF-8 text the browser returned. The relayer simulates
 * first: a refusal (of member accounts or of the target) is error 3 with {@code data {error, args,
 * reason}}, and nothing is sent.
 */
public final class CoterieSendMemberRequest implements RpcMethod {
  private final MemberRelayer relayer;

  public CoterieSendMemberRequest(MemberRelayer relayer) {
    this.relayer = relayer;
  }

  @Override
  public String name() {
    return "coterie_sendMemberRequest";
  }

  @Override
  @SuppressWarnings("rawtypes")
  public Object execute(RpcParams params) {
    MemberParams p = new MemberParams(params.atMost(1).requiredObject(0, "request"));
    MemberParams a = p.object("assertion");
    List<Type> assertion =
        List.of(
            new Bytes32(a.data("keyId", 32)),
            new DynamicBytes(a.data("authenticatorData")),
            new Utf8String(a.text("clientDataJSON")),
            new Uint256(a.quantity("r")),
            new Uint256(a.quantity("s")));
    byte[] encodedAssertion =
        Numeric.hexStringToByteArray(FunctionEncoder.encodeConstructor(assertion));
    String calldata =
        FunctionEncoder.encode(
            new Function(
                "execute",
                List.of(
                    new Address(p.address("account")),
                    new Address(p.address("target")),
                    new DynamicBytes(p.data("data")),
                    new Uint256(p.quantity("nonce")),
                    new Uint256(p.quantity("deadline")),
                    new DynamicBytes(encodedAssertion)),
                List.of()));
    return Map.of("transactionHash", relayer.send(Bytes.fromHex(calldata)).transactionHash());
  }
}
