package io.coterie.chaincode.noderules;

import static io.coterie.chaincode.abi.AbiValues.bool;
import static io.coterie.chaincode.abi.AbiValues.bytes32;
import static io.coterie.chaincode.abi.AbiValues.encode;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.AbiValues;
import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.abi.DispatchTable;
import io.coterie.chaincode.abi.SolidityError;
import io.coterie.chaincode.abi.SolidityEvent;
import io.coterie.chaincode.roles.RolesReader;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.GasSchedule;
import io.coterie.chaincode.spi.MeteredState;
import io.coterie.chaincode.spi.Precompile;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.List;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicBytes;

/**
 * The NodeRules precompile at {@code 0x…1006} ({@code INodeRules.sol}): the on-chain node
 * allowlist. {@code DEFAULT_ADMIN_ROLE} holders add and remove node keys; anyone reads the list.
 */
public final class NodeRulesPrecompile implements Precompile {
  /** The precompile's fixed address. */
  public static final ChainAddress ADDRESS = ChainAddress.of(0x1006);

  private static final RolesReader ROLES = new RolesReader();

  private final DispatchTable table =
      DispatchTable.builder()
          .nonpayable("addNode(bytes32,bytes32)", NodeRulesPrecompile::addNode)
          .nonpayable("removeNode(bytes32,bytes32)", NodeRulesPrecompile::removeNode)
          .view("isNodeAllowed(bytes32,bytes32)", NodeRulesPrecompile::isNodeAllowed)
          .view("getNodeCount()", NodeRulesPrecompile::getNodeCount)
          .view("getNode(uint256)", NodeRulesPrecompile::getNode)
          .view("getNodes()", NodeRulesPrecompile::getNodes)
          .build();

  /** The selector → function table, for tests and tooling. */
  public DispatchTable dispatchTable() {
    return table;
  }

  @Override
  public String name() {
    return "noderules";
  }

  @Override
  public boolean serves(ChainAddress address) {
    return ADDRESS.equals(address);
  }

  @Override
  public CallResult call(CallContext ctx, byte[] input) {
    return table.dispatch(ctx, input);
  }

  private static NodeRulesState state(CallContext ctx) {
    return new NodeRulesState(AccountSlots.metered(MeteredState.of(ctx, ADDRESS)));
  }

  private static AllowedNode node(CalldataReader args) {
    return new AllowedNode(args.bytes32(0), args.bytes32(1));
  }

  private static CallResult addNode(CallContext ctx, CalldataReader args) {
    AllowedNode node = node(args);
    if (!isAdmin(ctx)) {
      return unauthorized(ctx.sender());
    }
    if (!node.isOnCurve()) {
      return NodeRulesErrors.INVALID_NODE_KEY.revert(bytes32(node.x()), bytes32(node.y()));
    }
    if (!state(ctx).add(node)) {
      return NodeRulesErrors.NODE_ALREADY_ALLOWED.revert(bytes32(node.x()), bytes32(node.y()));
    }
    emit(ctx, NodeRulesEvents.NODE_ADDED, node);
    return CallResult.success();
  }

  private static CallResult removeNode(CallContext ctx, CalldataReader args) {
    AllowedNode node = node(args);
    if (!isAdmin(ctx)) {
      return unauthorized(ctx.sender());
    }
    if (!state(ctx).remove(node)) {
      return NodeRulesErrors.NODE_NOT_ALLOWED.revert(bytes32(node.x()), bytes32(node.y()));
    }
    emit(ctx, NodeRulesEvents.NODE_REMOVED, node);
    return CallResult.success();
  }

  private static CallResult isNodeAllowed(CallContext ctx, CalldataReader args) {
    return CallResult.success(encode(bool(state(ctx).contains(node(args)))));
  }

  private static CallResult getNodeCount(CallContext ctx, CalldataReader args) {
    return CallResult.success(encode(uint256(state(ctx).count())));
  }

  private static CallResult getNode(CallContext ctx, CalldataReader args) {
    BigInteger index = args.uint256(0);
    NodeRulesState state = state(ctx);
    if (index.compareTo(state.count()) >= 0) {
      return CallResult.revert(SolidityError.panic(SolidityError.PANIC_ARRAY_OUT_OF_BOUNDS));
    }
    AllowedNode node = state.node(index);
    return CallResult.success(encode(bytes32(node.x()), bytes32(node.y())));
  }

  private static CallResult getNodes(CallContext ctx, CalldataReader args) {
    List<DynamicBytes> ids =
        state(ctx).nodes().stream().map(n -> new DynamicBytes(n.id())).toList();
    return CallResult.success(encode(new DynamicArray<>(DynamicBytes.class, ids)));
  }

  private static boolean isAdmin(CallContext ctx) {
    ctx.gas().charge(GasSchedule.STORAGE_READ);
    return ROLES.hasRole(ctx.storage(), StandardRoles.DEFAULT_ADMIN_ROLE, ctx.sender());
  }

  private static CallResult unauthorized(ChainAddress account) {
    return NodeRulesErrors.UNAUTHORIZED_ACCOUNT.revert(
        AbiValues.address(account), bytes32(StandardRoles.DEFAULT_ADMIN_ROLE));
  }

  private static void emit(CallContext ctx, SolidityEvent event, AllowedNode node) {
    MeteredState.of(ctx).emit(event.topics(node.x(), node.y(), Word.of(ctx.sender())), new byte[0]);
  }
}
