package io.coterie.chaincode.members;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.addressArray;
import static io.coterie.chaincode.abi.AbiValues.bytes32;
import static io.coterie.chaincode.abi.AbiValues.encode;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.abi.StorageSlots;
import io.coterie.chaincode.abi.StringStorage;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.MeteredState;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint8;

/**
 * Recovery when a phone is lost: the account names guardians, a threshold and a delay; a guardian
 * proposes a new key (its own approval counted), others approve, and anyone finishes once the
 * threshold is met and the delay since the proposal has passed. The account cancels from a key it
 * still has. New guardians (a new epoch) void recoveries proposed under the old ones.
 */
final class AccountRecovery {
  static final int MAX_GUARDIANS = 10;
  static final long MAX_DELAY = 90L * 24 * 3600;

  private AccountRecovery() {}

  static CallResult setGuardians(CallContext ctx, CalldataReader args) {
    @SuppressWarnings("unchecked")
    List<Address> raw =
        ((DynamicArray<Address>)
                args.decode(
                        List.of(
                            new TypeReference<DynamicArray<Address>>() {},
                            new TypeReference<Uint256>() {},
                            new TypeReference<Uint256>() {}))
                    .get(0))
            .getValue();
    BigInteger threshold = args.uint256(1);
    BigInteger delay = args.uint256(2);
    ChainAddress account = ctx.sender();
    MeteredState state = MeteredState.of(ctx, MemberAccountsLayout.ADDRESS);
    if (!new MemberKeys(AccountSlots.metered(state)).exists(account)) {
      return MemberAccountsErrors.NOT_AN_ACCOUNT.revert(address(account));
    }
    if (raw.size() > MAX_GUARDIANS) {
      return MemberAccountsErrors.TOO_MANY_GUARDIANS.revert(
          uint256(raw.size()), uint256(MAX_GUARDIANS));
    }
    List<ChainAddress> guardians = new ArrayList<>();
    TreeSet<ChainAddress> seen = new TreeSet<>();
    for (Address a : raw) {
      ChainAddress g = ChainAddress.fromHex(a.getValue());
      if (g.equals(ChainAddress.ZERO) || g.equals(account) || !seen.add(g)) {
        return MemberAccountsErrors.INVALID_GUARDIAN.revert(address(g));
      }
      guardians.add(g);
    }
    boolean thresholdOk =
        guardians.isEmpty()
            ? threshold.signum() == 0
            : threshold.signum() > 0
                && threshold.compareTo(BigInteger.valueOf(guardians.size())) <= 0;
    if (!thresholdOk) {
      return MemberAccountsErrors.INVALID_THRESHOLD.revert(
          uint256(threshold), uint256(guardians.size()));
    }
    if (delay.compareTo(BigInteger.valueOf(MAX_DELAY)) > 0) {
      return MemberAccountsErrors.DELAY_TOO_LONG.revert(uint256(delay), uint256(MAX_DELAY));
    }
    Word ship = MemberAccountsLayout.guardianship(account);
    Word epoch = state.load(ship.plus(2)).plus(1);
    state.store(ship, Word.of(threshold));
    state.store(ship.plus(1), Word.of(delay));
    state.store(ship.plus(2), epoch);
    Word list = MemberAccountsLayout.guardians(account);
    int old = state.load(list).toBigInteger().intValueExact();
    for (int i = 0; i < Math.max(old, guardians.size()); i++) {
      Word value = i < guardians.size() ? Word.of(guardians.get(i)) : Word.ZERO;
      state.store(StorageSlots.arrayElement(list, i), value);
    }
    state.store(list, Word.of(guardians.size()));
    for (ChainAddress g : guardians) {
      state.store(MemberAccountsLayout.guardianEpoch(account, g), epoch);
    }
    state.emit(
        MemberAccountsEvents.GUARDIANS_SET.topics(Word.of(account)),
        MemberAccountsEvents.GUARDIANS_SET.data(
            addressArray(guardians), uint256(threshold), uint256(delay)));
    return CallResult.success();
  }

  static CallResult guardiansOf(CallContext ctx, CalldataReader args) {
    ChainAddress account = args.address(0);
    MeteredState state = MeteredState.of(ctx, MemberAccountsLayout.ADDRESS);
    Word list = MemberAccountsLayout.guardians(account);
    int n = state.load(list).toBigInteger().intValueExact();
    List<ChainAddress> guardians = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      guardians.add(state.load(StorageSlots.arrayElement(list, i)).toAddress());
    }
    Word ship = MemberAccountsLayout.guardianship(account);
    return CallResult.success(
        encode(
            addressArray(guardians),
            uint256(state.load(ship).toBigInteger()),
            uint256(state.load(ship.plus(1)).toBigInteger())));
  }

  static CallResult propose(CallContext ctx, CalldataReader args) {
    ChainAddress account = args.address(0);
    Word x = args.bytes32(1);
    Word y = args.bytes32(2);
    byte[] credentialId = MemberAccountsPrecompile.bytesArg(args, 3, 4);
    MeteredState state = MeteredState.of(ctx, MemberAccountsLayout.ADDRESS);
    if (!isGuardian(state, account, ctx.sender())) {
      return MemberAccountsErrors.NOT_GUARDIAN.revert(address(account), address(ctx.sender()));
    }
    var invalid = MemberAccountsPrecompile.invalidNewKey(state, account, x, y, credentialId);
    if (invalid.isPresent()) {
      return invalid.get();
    }
    Word countSlot = MemberAccountsLayout.recoveryCount(account);
    BigInteger id = state.load(countSlot).toBigInteger().add(BigInteger.ONE);
    state.store(countSlot, Word.of(id));
    Word ship = MemberAccountsLayout.guardianship(account);
    BigInteger readyAt =
        BigInteger.valueOf(ctx.block().timestampSeconds())
            .add(state.load(ship.plus(1)).toBigInteger());
    Word base = MemberAccountsLayout.recovery(account, id);
    state.store(base, x);
    state.store(base.plus(1), y);
    state.store(base.plus(2), Word.of(readyAt));
    state.store(base.plus(3), Word.of(1));
    state.store(base.plus(4), Word.of(MemberAccountsLayout.STATUS_OPEN));
    state.store(base.plus(5), state.load(ship.plus(2)));
    state.store(MemberAccountsLayout.approved(account, id, ctx.sender()), Word.of(1));
    StringStorage.writeBytes(
        AccountSlots.metered(state),
        MemberAccountsLayout.recoveryCredential(account, id),
        credentialId);
    state.emit(
        MemberAccountsEvents.RECOVERY_PROPOSED.topics(Word.of(account), Word.of(id)),
        MemberAccountsEvents.RECOVERY_PROPOSED.data(
            bytes32(MemberAccountAddress.keyId(x, y)), address(ctx.sender()), uint256(readyAt)));
    return CallResult.success(encode(uint256(id)));
  }

  static CallResult approve(CallContext ctx, CalldataReader args) {
    ChainAddress account = args.address(0);
    BigInteger id = args.uint256(1);
    MeteredState state = MeteredState.of(ctx, MemberAccountsLayout.ADDRESS);
    if (!isGuardian(state, account, ctx.sender())) {
      return MemberAccountsErrors.NOT_GUARDIAN.revert(address(account), address(ctx.sender()));
    }
    Word base = MemberAccountsLayout.recovery(account, id);
    if (!isOpen(state, account, base)) {
      return MemberAccountsErrors.RECOVERY_NOT_OPEN.revert(address(account), uint256(id));
    }
    Word approved = MemberAccountsLayout.approved(account, id, ctx.sender());
    if (!state.load(approved).isZero()) {
      return MemberAccountsErrors.ALREADY_APPROVED.revert(
          address(account), uint256(id), address(ctx.sender()));
    }
    state.store(approved, Word.of(1));
    BigInteger approvals = state.load(base.plus(3)).toBigInteger().add(BigInteger.ONE);
    state.store(base.plus(3), Word.of(approvals));
    state.emit(
        MemberAccountsEvents.RECOVERY_APPROVED.topics(Word.of(account), Word.of(id)),
        MemberAccountsEvents.RECOVERY_APPROVED.data(address(ctx.sender()), uint256(approvals)));
    return CallResult.success();
  }

  static CallResult finish(CallContext ctx, CalldataReader args) {
    ChainAddress account = args.address(0);
    BigInteger id = args.uint256(1);
    MeteredState state = MeteredState.of(ctx, MemberAccountsLayout.ADDRESS);
    Word base = MemberAccountsLayout.recovery(account, id);
    if (!isOpen(state, account, base)) {
      return MemberAccountsErrors.RECOVERY_NOT_OPEN.revert(address(account), uint256(id));
    }
    BigInteger approvals = state.load(base.plus(3)).toBigInteger();
    BigInteger threshold = state.load(MemberAccountsLayout.guardianship(account)).toBigInteger();
    if (approvals.compareTo(threshold) < 0) {
      return MemberAccountsErrors.NOT_ENOUGH_APPROVALS.revert(
          address(account), uint256(id), uint256(approvals), uint256(threshold));
    }
    BigInteger readyAt = state.load(base.plus(2)).toBigInteger();
    long now = ctx.block().timestampSeconds();
    if (BigInteger.valueOf(now).compareTo(readyAt) < 0) {
      return MemberAccountsErrors.RECOVERY_DELAY_NOT_OVER.revert(
          address(account), uint256(id), uint256(readyAt), uint256(now));
    }
    Word x = state.load(base);
    Word y = state.load(base.plus(1));
    AccountSlots slots = AccountSlots.metered(state);
    byte[] credentialId =
        StringStorage.readBytes(slots, MemberAccountsLayout.recoveryCredential(account, id));
    var invalid = MemberAccountsPrecompile.invalidNewKey(state, account, x, y, credentialId);
    if (invalid.isPresent()) {
      return invalid.get();
    }
    new MemberKeys(slots).add(account, x, y, credentialId);
    state.store(base.plus(4), Word.of(MemberAccountsLayout.STATUS_FINISHED));
    Word keyId = MemberAccountAddress.keyId(x, y);
    state.emit(
        MemberAccountsEvents.RECOVERY_FINISHED.topics(Word.of(account), Word.of(id)),
        MemberAccountsEvents.RECOVERY_FINISHED.data(bytes32(keyId)));
    MemberAccountsPrecompile.emitKeyAdded(state, account, keyId, credentialId);
    return CallResult.success();
  }

  static CallResult cancel(CallContext ctx, CalldataReader args) {
    BigInteger id = args.uint256(0);
    ChainAddress account = ctx.sender();
    MeteredState state = MeteredState.of(ctx, MemberAccountsLayout.ADDRESS);
    if (!new MemberKeys(AccountSlots.metered(state)).exists(account)) {
      return MemberAccountsErrors.NOT_AN_ACCOUNT.revert(address(account));
    }
    Word base = MemberAccountsLayout.recovery(account, id);
    if (!isOpen(state, account, base)) {
      return MemberAccountsErrors.RECOVERY_NOT_OPEN.revert(address(account), uint256(id));
    }
    state.store(base.plus(4), Word.of(MemberAccountsLayout.STATUS_CANCELLED));
    state.emit(
        MemberAccountsEvents.RECOVERY_CANCELLED.topics(Word.of(account), Word.of(id)), new byte[0]);
    return CallResult.success();
  }

  static CallResult recoveryOf(CallContext ctx, CalldataReader args) {
    ChainAddress account = args.address(0);
    BigInteger id = args.uint256(1);
    MeteredState state = MeteredState.of(ctx, MemberAccountsLayout.ADDRESS);
    Word base = MemberAccountsLayout.recovery(account, id);
    Word x = state.load(base);
    Word y = state.load(base.plus(1));
    List<Type> out =
        List.of(
            bytes32(x.isZero() && y.isZero() ? Word.ZERO : MemberAccountAddress.keyId(x, y)),
            uint256(state.load(base.plus(3)).toBigInteger()),
            uint256(state.load(base.plus(2)).toBigInteger()),
            new Uint8(state.load(base.plus(4)).toBigInteger().intValueExact()));
    return CallResult.success(encode(out));
  }

  private static boolean isGuardian(MeteredState state, ChainAddress account, ChainAddress who) {
    Word epoch = state.load(MemberAccountsLayout.guardianship(account).plus(2));
    return !epoch.isZero()
        && state.load(MemberAccountsLayout.guardianEpoch(account, who)).equals(epoch);
  }

  private static boolean isOpen(MeteredState state, ChainAddress account, Word base) {
    if (state.load(base.plus(4)).toBigInteger().intValueExact()
        != MemberAccountsLayout.STATUS_OPEN) {
      return false;
    }
    Word epoch = state.load(MemberAccountsLayout.guardianship(account).plus(2));
    return state.load(base.plus(5)).equals(epoch);
  }
}
