package io.coterie.chaincode.members;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.bool;
import static io.coterie.chaincode.abi.AbiValues.bytes32;
import static io.coterie.chaincode.abi.AbiValues.encode;
import static io.coterie.chaincode.abi.AbiValues.string;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.abi.DispatchTable;
import io.coterie.chaincode.p256.P256;
import io.coterie.chaincode.roles.RolesLayout;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.AccountController;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.MeteredState;
import io.coterie.chaincode.spi.Precompile;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.spi.WorldStorage;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Bytes32;

/**
 * Member accounts at {@code 0x…1008} ({@code IMemberAccounts.sol}): accounts controlled by
 * passkeys. A sponsor (SPONSOR_ROLE) carries a member's WebAuthn-signed request in its own
 * transaction; {@code execute} checks the assertion and calls the target as the member account,
 * which the host allows this precompile alone, for accounts it created ({@link AccountController}).
 */
public final class MemberAccountsPrecompile implements Precompile, AccountController {
  private static final Word SPONSOR_ROLE = StandardRoles.SPONSOR_ROLE;

  private final DispatchTable table =
      DispatchTable.builder()
          .view("accountOf(bytes32,bytes32,uint256)", MemberAccountsPrecompile::accountOf)
          .nonpayable(
              "createAccount(bytes32,bytes32,uint256,bytes)", MemberAccountsPrecompile::create)
          .view("credentialsOf(address)", MemberAccountsPrecompile::credentialsOf)
          .view(
              "requestHash(address,address,bytes,uint256,uint256)",
              MemberAccountsPrecompile::requestHash)
          .view("nonceOf(address)", MemberAccountsPrecompile::nonceOf)
          .nonpayable(
              "execute(address,address,bytes,uint256,uint256,bytes)", MemberExecution::execute)
          .nonpayable("addKey(bytes32,bytes32,bytes)", MemberAccountsPrecompile::addKey)
          .nonpayable("removeKey(bytes32)", MemberAccountsPrecompile::removeKey)
          .nonpayable("setGuardians(address[],uint256,uint256)", AccountRecovery::setGuardians)
          .view("guardiansOf(address)", AccountRecovery::guardiansOf)
          .nonpayable("proposeRecovery(address,bytes32,bytes32,bytes)", AccountRecovery::propose)
          .nonpayable("approveRecovery(address,uint256)", AccountRecovery::approve)
          .nonpayable("finishRecovery(address,uint256)", AccountRecovery::finish)
          .nonpayable("cancelRecovery(uint256)", AccountRecovery::cancel)
          .view("recoveryOf(address,uint256)", AccountRecovery::recoveryOf)
          .nonpayable("setAllowedOrigin(string,bool)", MemberAccountsPrecompile::setAllowedOrigin)
          .view("isAllowedOrigin(string)", MemberAccountsPrecompile::isAllowedOrigin)
          .nonpayable(
              "setSponsorLimit(address,uint256,uint256)", MemberAccountsPrecompile::setSponsorLimit)
          .nonpayable("setMemberLimit(uint256,uint256)", MemberAccountsPrecompile::setMemberLimit)
          .build();

  /** The selector → function table, for tests and tooling. */
  public DispatchTable dispatchTable() {
    return table;
  }

  @Override
  public String name() {
    return "memberaccounts";
  }

  @Override
  public boolean serves(ChainAddress address) {
    return MemberAccountsLayout.ADDRESS.equals(address);
  }

  @Override
  public CallResult call(CallContext ctx, byte[] input) {
    return table.dispatch(ctx, input);
  }

  @Override
  public boolean controls(WorldStorage storage, ChainAddress account) {
    return new MemberKeys(AccountSlots.readOnly(storage, MemberAccountsLayout.ADDRESS))
        .exists(account);
  }

  private static CallResult accountOf(CallContext ctx, CalldataReader args) {
    return CallResult.success(
        encode(
            address(MemberAccountAddress.of(args.bytes32(0), args.bytes32(1), args.uint256(2)))));
  }

  private static CallResult create(CallContext ctx, CalldataReader args) {
    Word x = args.bytes32(0);
    Word y = args.bytes32(1);
    BigInteger salt = args.uint256(2);
    byte[] credentialId = bytesArg(args, 3, 4);
    if (!isSponsor(ctx, ctx.sender())) {
      return MemberAccountsErrors.NOT_SPONSOR.revert(address(ctx.sender()));
    }
    ChainAddress account = MemberAccountAddress.of(x, y, salt);
    MeteredState state = MeteredState.of(ctx, MemberAccountsLayout.ADDRESS);
    MemberKeys keys = new MemberKeys(AccountSlots.metered(state));
    if (keys.exists(account)) {
      return MemberAccountsErrors.ACCOUNT_EXISTS.revert(address(account));
    }
    Optional<CallResult> invalid = invalidNewKey(state, account, x, y, credentialId);
    if (invalid.isPresent()) {
      return invalid.get();
    }
    Optional<CallResult> limited =
        SponsorLimits.consume(
            state, ctx.block().timestampSeconds(), ctx.sender(), Optional.empty());
    if (limited.isPresent()) {
      return limited.get();
    }
    keys.add(account, x, y, credentialId);
    Word keyId = MemberAccountAddress.keyId(x, y);
    state.emit(
        MemberAccountsEvents.ACCOUNT_CREATED.topics(Word.of(account), keyId),
        MemberAccountsEvents.ACCOUNT_CREATED.data(new DynamicBytes(credentialId)));
    return CallResult.success(encode(address(account)));
  }

  private static CallResult credentialsOf(CallContext ctx, CalldataReader args) {
    ChainAddress account = args.address(0);
    MemberKeys keys = new MemberKeys(AccountSlots.metered(MeteredState.of(ctx)));
    List<DynamicBytes> ids = new ArrayList<>();
    List<Bytes32> keyIds = new ArrayList<>();
    for (Word keyId : keys.keyIds(account)) {
      ids.add(new DynamicBytes(keys.credentialId(account, keyId)));
      keyIds.add(bytes32(keyId));
    }
    return CallResult.success(
        encode(
            new DynamicArray<>(DynamicBytes.class, ids),
            new DynamicArray<>(Bytes32.class, keyIds)));
  }

  private static CallResult requestHash(CallContext ctx, CalldataReader args) {
    byte[] data = bytesArg(args, 2, 5);
    return CallResult.success(
        encode(
            bytes32(
                MemberRequest.hash(
                    ctx.block().chainId(),
                    args.address(0),
                    args.address(1),
                    data,
                    args.uint256(3),
                    args.uint256(4)))));
  }

  private static CallResult nonceOf(CallContext ctx, CalldataReader args) {
    MemberKeys keys = new MemberKeys(AccountSlots.metered(MeteredState.of(ctx)));
    return CallResult.success(encode(uint256(keys.nonce(args.address(0)))));
  }

  private static CallResult addKey(CallContext ctx, CalldataReader args) {
    Word x = args.bytes32(0);
    Word y = args.bytes32(1);
    byte[] credentialId = bytesArg(args, 2, 3);
    ChainAddress account = ctx.sender();
    MeteredState state = MeteredState.of(ctx, MemberAccountsLayout.ADDRESS);
    MemberKeys keys = new MemberKeys(AccountSlots.metered(state));
    if (!keys.exists(account)) {
      return MemberAccountsErrors.NOT_AN_ACCOUNT.revert(address(account));
    }
    Optional<CallResult> invalid = invalidNewKey(state, account, x, y, credentialId);
    if (invalid.isPresent()) {
      return invalid.get();
    }
    keys.add(account, x, y, credentialId);
    emitKeyAdded(state, account, MemberAccountAddress.keyId(x, y), credentialId);
    return CallResult.success();
  }

  private static CallResult removeKey(CallContext ctx, CalldataReader args) {
    Word keyId = args.bytes32(0);
    ChainAddress account = ctx.sender();
    MeteredState state = MeteredState.of(ctx, MemberAccountsLayout.ADDRESS);
    MemberKeys keys = new MemberKeys(AccountSlots.metered(state));
    if (!keys.exists(account)) {
      return MemberAccountsErrors.NOT_AN_ACCOUNT.revert(address(account));
    }
    if (keys.key(account, keyId).isEmpty()) {
      return MemberAccountsErrors.UNKNOWN_KEY.revert(address(account), bytes32(keyId));
    }
    if (keys.count(account) == 1) {
      return MemberAccountsErrors.LAST_KEY.revert(address(account), bytes32(keyId));
    }
    keys.remove(account, keyId);
    state.emit(MemberAccountsEvents.KEY_REMOVED.topics(Word.of(account), keyId), new byte[0]);
    return CallResult.success();
  }

  private static CallResult setAllowedOrigin(CallContext ctx, CalldataReader args) {
    String origin = (String) args.decode(STRING_BOOL).get(0).getValue();
    boolean allowed = args.bool(1);
    if (!isAdmin(ctx)) {
      return MemberAccountsErrors.NOT_ADMIN.revert(address(ctx.sender()));
    }
    if (!Origins.isValid(origin)) {
      return MemberAccountsErrors.INVALID_ORIGIN.revert(string(origin));
    }
    MeteredState.of(ctx).store(MemberAccountsLayout.origin(origin), Word.of(allowed));
    MeteredState.of(ctx)
        .emit(
            MemberAccountsEvents.ORIGIN_ALLOWED.topics(),
            MemberAccountsEvents.ORIGIN_ALLOWED.data(string(origin), bool(allowed)));
    return CallResult.success();
  }

  private static CallResult isAllowedOrigin(CallContext ctx, CalldataReader args) {
    String origin = (String) args.decode(STRING).get(0).getValue();
    return CallResult.success(encode(bool(WebAuthnCheck.isAllowedOrigin(ctx, origin))));
  }

  private static CallResult setSponsorLimit(CallContext ctx, CalldataReader args) {
    ChainAddress sponsor = args.address(0);
    BigInteger max = args.uint256(1);
    BigInteger window = args.uint256(2);
    Optional<CallResult> refused = refuseLimit(ctx, max, window);
    if (refused.isPresent()) {
      return refused.get();
    }
    MeteredState state = MeteredState.of(ctx);
    SponsorLimits.set(state, MemberAccountsLayout.sponsorLimit(sponsor), max, window);
    state.emit(
        MemberAccountsEvents.SPONSOR_LIMIT_SET.topics(Word.of(sponsor)),
        MemberAccountsEvents.SPONSOR_LIMIT_SET.data(uint256(max), uint256(window)));
    return CallResult.success();
  }

  private static CallResult setMemberLimit(CallContext ctx, CalldataReader args) {
    BigInteger max = args.uint256(0);
    BigInteger window = args.uint256(1);
    Optional<CallResult> refused = refuseLimit(ctx, max, window);
    if (refused.isPresent()) {
      return refused.get();
    }
    MeteredState state = MeteredState.of(ctx);
    SponsorLimits.set(state, MemberAccountsLayout.MEMBER_LIMIT, max, window);
    state.emit(
        MemberAccountsEvents.MEMBER_LIMIT_SET.topics(),
        MemberAccountsEvents.MEMBER_LIMIT_SET.data(uint256(max), uint256(window)));
    return CallResult.success();
  }

  private static Optional<CallResult> refuseLimit(
      CallContext ctx, BigInteger max, BigInteger window) {
    if (!isAdmin(ctx)) {
      return Optional.of(MemberAccountsErrors.NOT_ADMIN.revert(address(ctx.sender())));
    }
    if (!SponsorLimits.isValid(max, window)) {
      return Optional.of(MemberAccountsErrors.INVALID_LIMIT.revert(uint256(max), uint256(window)));
    }
    return Optional.empty();
  }

  /** Why {@code (x, y)} cannot become a key of {@code account}, if it cannot. */
  static Optional<CallResult> invalidNewKey(
      MeteredState state, ChainAddress account, Word x, Word y, byte[] credentialId) {
    if (!P256.isOnCurve(x.toBigInteger(), y.toBigInteger())) {
      return Optional.of(MemberAccountsErrors.INVALID_PUBLIC_KEY.revert(bytes32(x), bytes32(y)));
    }
    if (credentialId.length > MemberKeys.MAX_CREDENTIAL_ID) {
      return Optional.of(
          MemberAccountsErrors.CREDENTIAL_ID_TOO_LONG.revert(
              uint256(credentialId.length), uint256(MemberKeys.MAX_CREDENTIAL_ID)));
    }
    MemberKeys keys = new MemberKeys(AccountSlots.metered(state));
    Word keyId = MemberAccountAddress.keyId(x, y);
    if (keys.key(account, keyId).isPresent()) {
      return Optional.of(MemberAccountsErrors.KEY_EXISTS.revert(address(account), bytes32(keyId)));
    }
    if (keys.count(account) >= MemberKeys.MAX_KEYS) {
      return Optional.of(
          MemberAccountsErrors.TOO_MANY_KEYS.revert(
              address(account), uint256(MemberKeys.MAX_KEYS)));
    }
    return Optional.empty();
  }

  static void emitKeyAdded(
      MeteredState state, ChainAddress account, Word keyId, byte[] credentialId) {
    state.emit(
        MemberAccountsEvents.KEY_ADDED.topics(Word.of(account), keyId),
        MemberAccountsEvents.KEY_ADDED.data(new DynamicBytes(credentialId)));
  }

  static boolean isSponsor(CallContext ctx, ChainAddress who) {
    return !MeteredState.of(ctx, StandardRoles.ROLES_ADDRESS)
        .load(RolesLayout.hasRole(SPONSOR_ROLE, who))
        .isZero();
  }

  private static boolean isAdmin(CallContext ctx) {
    return !MeteredState.of(ctx, StandardRoles.ROLES_ADDRESS)
        .load(RolesLayout.hasRole(StandardRoles.DEFAULT_ADMIN_ROLE, ctx.sender()))
        .isZero();
  }

  /** The {@code bytes} argument at {@code index} of a call with {@code count} arguments. */
  static byte[] bytesArg(CalldataReader args, int index, int count) {
    List<TypeReference<?>> types = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      types.add(
          i == index ? new TypeReference<DynamicBytes>() {} : new TypeReference<Bytes32>() {});
    }
    List<Type> values = args.decode(types);
    return ((DynamicBytes) values.get(index)).getValue();
  }

  private static final List<TypeReference<?>> STRING = List.of(new TypeReference<Utf8String>() {});
  private static final List<TypeReference<?>> STRING_BOOL =
      List.of(
          new TypeReference<Utf8String>() {}, new TypeReference<org.web3j.abi.datatypes.Bool>() {});
}
