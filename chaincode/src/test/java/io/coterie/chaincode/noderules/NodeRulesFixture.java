package io.coterie.chaincode.noderules;

import io.coterie.chaincode.roles.RolesGenesis;
import io.coterie.chaincode.roles.RolesPrecompile;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.AbiCalls;
import io.coterie.chaincode.support.TestHost;
import java.math.BigInteger;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.crypto.Sign;
import org.web3j.utils.Numeric;

/** A test host with the Roles and NodeRules precompiles and an admin granted at genesis. */
final class NodeRulesFixture {
  static final ChainAddress NODE_RULES = NodeRulesPrecompile.ADDRESS;
  static final ChainAddress ADMIN =
      ChainAddress.fromHex("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
  static final ChainAddress ALICE =
      ChainAddress.fromHex("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");

  final TestHost host = new TestHost(List.of(new RolesPrecompile(), new NodeRulesPrecompile()));

  NodeRulesFixture() {
    SortedMap<Word, List<ChainAddress>> members = new TreeMap<>();
    members.put(StandardRoles.DEFAULT_ADMIN_ROLE, List.of(ADMIN));
    host.world().putStorage(StandardRoles.ROLES_ADDRESS, RolesGenesis.initialStorage(members));
  }

  /** The node key of private key {@code seed}, as an enode URL names it. */
  static AllowedNode nodeKey(long seed) {
    BigInteger publicKey = Sign.publicKeyFromPrivate(BigInteger.valueOf(seed));
    return AllowedNode.ofId(Numeric.toBytesPadded(publicKey, AllowedNode.ID_SIZE));
  }

  TestHost.Outcome call(ChainAddress from, byte[] input) {
    return host.call(from, NODE_RULES, input);
  }

  byte[] view(byte[] input) {
    TestHost.Outcome outcome = host.staticCall(ALICE, NODE_RULES, input);
    if (!outcome.succeeded()) {
      throw new AssertionError("view failed: " + outcome);
    }
    return outcome.result().data();
  }

  static byte[] addNode(AllowedNode node) {
    return AbiCalls.fn("addNode", xy(node));
  }

  static byte[] removeNode(AllowedNode node) {
    return AbiCalls.fn("removeNode", xy(node));
  }

  static byte[] isNodeAllowed(AllowedNode node) {
    return AbiCalls.fn("isNodeAllowed", xy(node));
  }

  private static Bytes32[] xy(AllowedNode node) {
    return new Bytes32[] {AbiCalls.b32(node.x()), AbiCalls.b32(node.y())};
  }
}
