package io.coterie.node.rpc.member;

import com.fasterxml.jackson.databind.JsonNode;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;
import io.coterie.node.types.Bytes;
import java.util.LinkedHashMap;
import java.util.Map;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.utils.Numeric;

/**
 * {@code coterie_createMemberAccount({x, y, salt, credentialId})}: the relayer creates the member
 * account of a passkey ({@code createAccount} on {@code 0x…1008}) and answers {@code {account,
 * transactionHash}}. {@code x}, {@code y} are 32-byte hex, {@code salt} a quantity (0 when absent),
 * {@code credentialId} hex. A refusal is error 3 with {@code data {error, args, reason}}.
 */
public final class CoterieCreateMemberAccount implements RpcMethod {
  private final MemberRelayer relayer;

  public CoterieCreateMemberAccount(MemberRelayer relayer) {
    this.relayer = relayer;
  }

  @Override
  public String name() {
    return "coterie_createMemberAccount";
  }

  @Override
  public Object execute(RpcParams params) {
    JsonNode request = params.atMost(1).requiredObject(0, "request");
    MemberParams p = new MemberParams(request);
    String calldata =
        FunctionEncoder.encode(
            new Function(
                "createAccount",
                java.util.List.of(
                    new Bytes32(p.data("x", 32)),
                    new Bytes32(p.data("y", 32)),
                    new Uint256(p.optionalQuantity("salt")),
                    new DynamicBytes(p.data("credentialId"))),
                java.util.List.of()));
    MemberRelayer.Sent sent = relayer.send(Bytes.fromHex(calldata));
    Map<String, Object> out = new LinkedHashMap<>();
    byte[] word = sent.returnData().toArray();
    out.put("account", Numeric.toHexString(java.util.Arrays.copyOfRange(word, 12, 32)));
    out.put("transactionHash", sent.transactionHash());
    return out;
  }
}
