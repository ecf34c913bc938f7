package io.coterie.chaincode.roles;

import static io.coterie.chaincode.abi.AbiValues.addressArray;
import static io.coterie.chaincode.abi.AbiValues.bool;
import static io.coterie.chaincode.abi.AbiValues.bytes32;
import static io.coterie.chaincode.abi.AbiValues.encode;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.AbiValues;
import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.abi.DispatchTable;
import io.coterie.chaincode.abi.Selector;
import io.coterie.chaincode.abi.SolidityError;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.MeteredState;
import io.coterie.chaincode.spi.Precompile;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.List;

/**
 * The Roles precompile at {@code 0x…1000}, speaking OpenZeppelin {@code AccessControl} + {@code
 * AccessControlEnumerable} (v5.1), plus the role constants, {@code setRoleAdmin} (callable by
 * {@code DEFAULT_ADMIN_ROLE} holders) and {@code getAccountRoleCount}. The Solidity interface is
 * {@code src/main/solidity/IRoles.sol}.
 */
public final class RolesPrecompile implements Precompile {
  /** ERC-165's own interface id. */
  public static final Selector IERC165_ID = Selector.fromHex("0x01ffc9a7");

  /** {@code type(IAccessControl).interfaceId}. */
  public static final Selector IACCESS_CONTROL_ID =
      Selector.interfaceId(
          "hasRole(bytes32,address)",
          "getRoleAdmin(bytes32)",
          "grantRole(bytes32,address)",
          "revokeRole(bytes32,address)",
          "renounceRole(bytes32,address)");

  /** {@code type(IAccessControlEnumerable).interfaceId} (its own functions only, as Solidity). */
  public static final Selector IACCESS_CONTROL_ENUMERABLE_ID =
      Selector.interfaceId("getRoleMember(bytes32,uint256)", "getRoleMemberCount(bytes32)");

  private final DispatchTable table;
  private final RoleRevocationHooks hooks;

  /** Roles with no revocation hooks (a chain without the membership module, tests). */
  public RolesPrecompile() {
    this(new RoleRevocationHooks());
  }

  /** Roles that run {@code hooks} after each revocation, in the revoking call. */
  public RolesPrecompile(RoleRevocationHooks hooks) {
    this.hooks = hooks;
    DispatchTable.Builder b =
        DispatchTable.builder()
            .view("hasRole(bytes32,address)", RolesPrecompile::hasRole)
            .view("governorExclusive()", RolesPrecompile::governorExclusive)
            .view("getRoleAdmin(bytes32)", RolesPrecompile::getRoleAdmin)
            .nonpayable("grantRole(bytes32,address)", RolesPrecompile::grantRole)
            .nonpayable("revokeRole(bytes32,address)", this::revokeRole)
            .nonpayable("renounceRole(bytes32,address)", this::renounceRole)
            .nonpayable("setRoleAdmin(bytes32,bytes32)", RolesPrecompile::setRoleAdmin)
            .view("getRoleMember(bytes32,uint256)", RolesPrecompile::getRoleMember)
            .view("getRoleMemberCount(bytes32)", RolesPrecompile::getRoleMemberCount)
            .view("getRoleMembers(bytes32)", RolesPrecompile::getRoleMembers)
            .view("getAccountRoleCount(address)", RolesPrecompile::getAccountRoleCount)
            .view("supportsInterface(bytes4)", RolesPrecompile::supportsInterface);
    for (StandardRoles.NamedRole role : StandardRoles.ALL) {
      byte[] constant = encode(bytes32(role.id()));
      b.view(role.name() + "()", (ctx, args) -> CallResult.success(constant));
    }
    this.table = b.build();
  }

  /** The selector → function table, for tests and tooling. */
  public DispatchTable dispatchTable() {
    return table;
  }

  @Override
  public String name() {
    return "roles";
  }

  @Override
  public boolean serves(ChainAddress address) {
    return StandardRoles.ROLES_ADDRESS.equals(address);
  }

  @Override
  public CallResult call(CallContext ctx, byte[] input) {
    return table.dispatch(ctx, input);
  }

  private static RolesState state(CallContext ctx) {
    return new RolesState(AccountSlots.metered(MeteredState.of(ctx, StandardRoles.ROLES_ADDRESS)));
  }

  private static CallResult hasRole(CallContext ctx, CalldataReader args) {
    Word role = args.bytes32(0);
    ChainAddress account = args.address(1);
    return CallResult.success(encode(bool(state(ctx).hasRole(role, account))));
  }

  private static CallResult getRoleAdmin(CallContext ctx, CalldataReader args) {
    return CallResult.success(encode(bytes32(state(ctx).adminRole(args.bytes32(0)))));
  }

  private static CallResult grantRole(CallContext ctx, CalldataReader args) {
    Word role = args.bytes32(0);
    ChainAddress account = args.address(1);
    RolesState state = state(ctx);
    Word admin = state.adminRole(role);
    if (!mayAdminister(state, admin, ctx.sender())) {
      return unauthorized(ctx.sender(), admin);
    }
    if (state.grant(role, account)) {
      emit(ctx, RolesEvents.ROLE_GRANTED.topics(role, Word.of(account), Word.of(ctx.sender())));
    }
    return CallResult.success();
  }

  private static CallResult governorExclusive(CallContext ctx, CalldataReader args) {
    return CallResult.success(encode(bool(state(ctx).governorExclusive())));
  }

  private CallResult revokeRole(CallContext ctx, CalldataReader args) {
    Word role = args.bytes32(0);
    ChainAddress account = args.address(1);
    RolesState state = state(ctx);
    Word admin = state.adminRole(role);
    if (!mayAdminister(state, admin, ctx.sender())) {
      return unauthorized(ctx.sender(), admin);
    }
    revokeAndEmit(ctx, state, role, account);
    return CallResult.success();
  }

  /**
   * The role's admin role may grant and revoke it, as in OpenZeppelin; so may DEFAULT_ADMIN_ROLE
   * holders (a consortium's operators onboard members even where the DAO administers MEMBER_ROLE),
   * except on a chain whose genesis made the governor exclusive: there a role administered by
   * GOVERNANCE_ROLE is granted and revoked only through the DAO.
   */
  private static boolean mayAdminister(RolesState state, Word adminRole, ChainAddress sender) {
    if (state.hasRole(adminRole, sender)) {
      return true;
    }
    if (isDaoAdministered(state, adminRole)) {
      return false;
    }
    return state.hasRole(StandardRoles.DEFAULT_ADMIN_ROLE, sender);
  }

  private static boolean isDaoAdministered(RolesState state, Word adminRole) {
    return adminRole.equals(StandardRoles.GOVERNANCE_ROLE) && state.governorExclusive();
  }

  private CallResult renounceRole(CallContext ctx, CalldataReader args) {
    Word role = args.bytes32(0);
    ChainAddress confirmation = args.address(1);
    if (!confirmation.equals(ctx.sender())) {
      return RolesErrors.BAD_CONFIRMATION.revert();
    }
    revokeAndEmit(ctx, state(ctx), role, confirmation);
    return CallResult.success();
  }

  /**
   * DEFAULT_ADMIN_ROLE holders re-parent roles; on a governor-exclusive chain a role administered
   * by GOVERNANCE_ROLE (and GOVERNANCE_ROLE itself) is re-parented only through the DAO.
   */
  private static CallResult setRoleAdmin(CallContext ctx, CalldataReader args) {
    Word role = args.bytes32(0);
    Word newAdmin = args.bytes32(1);
    RolesState state = state(ctx);
    Word previous = state.adminRole(role);
    boolean daoAdministered =
        isDaoAdministered(state, previous)
            || isDaoAdministered(state, role); // GOVERNANCE_ROLE itself
    Word needed =
        daoAdministered ? StandardRoles.GOVERNANCE_ROLE : StandardRoles.DEFAULT_ADMIN_ROLE;
    if (!state.hasRole(needed, ctx.sender())) {
      return unauthorized(ctx.sender(), needed);
    }
    state.setAdminRole(role, newAdmin);
    emit(ctx, RolesEvents.ROLE_ADMIN_CHANGED.topics(role, previous, newAdmin));
    return CallResult.success();
  }

  private static CallResult getRoleMember(CallContext ctx, CalldataReader args) {
    Word role = args.bytes32(0);
    BigInteger index = args.uint256(1);
    RolesState state = state(ctx);
    if (index.compareTo(state.memberCount(role)) >= 0) {
      return CallResult.revert(SolidityError.panic(SolidityError.PANIC_ARRAY_OUT_OF_BOUNDS));
    }
    return CallResult.success(encode(AbiValues.address(state.member(role, index))));
  }

  private static CallResult getRoleMemberCount(CallContext ctx, CalldataReader args) {
    return CallResult.success(encode(uint256(state(ctx).memberCount(args.bytes32(0)))));
  }

  private static CallResult getRoleMembers(CallContext ctx, CalldataReader args) {
    List<ChainAddress> members = state(ctx).members(args.bytes32(0));
    return CallResult.success(encode(addressArray(members)));
  }

  private static CallResult getAccountRoleCount(CallContext ctx, CalldataReader args) {
    return CallResult.success(encode(uint256(state(ctx).roleCount(args.address(0)))));
  }

  private static CallResult supportsInterface(CallContext ctx, CalldataReader args) {
    Selector id = args.bytes4(0);
    boolean supported =
        id.equals(IERC165_ID)
            || id.equals(IACCESS_CONTROL_ID)
            || id.equals(IACCESS_CONTROL_ENUMERABLE_ID);
    return CallResult.success(encode(bool(supported)));
  }

  /** Revokes, emits RoleRevoked and runs the role's revocation hooks (only if it was held). */
  private void revokeAndEmit(CallContext ctx, RolesState state, Word role, ChainAddress account) {
    if (state.revoke(role, account)) {
      emit(ctx, RolesEvents.ROLE_REVOKED.topics(role, Word.of(account), Word.of(ctx.sender())));
      hooks.of(role).forEach(hook -> hook.onRevoked(ctx, account));
    }
  }

  private static void emit(CallContext ctx, List<Word> topics) {
    MeteredState.of(ctx).emit(topics, new byte[0]);
  }

  private static CallResult unauthorized(ChainAddress account, Word neededRole) {
    return RolesErrors.UNAUTHORIZED_ACCOUNT.revert(AbiValues.address(account), bytes32(neededRole));
  }
}
