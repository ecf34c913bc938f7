package io.coterie.chaincode.consent;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.bool;
import static io.coterie.chaincode.abi.AbiValues.bytes32;
import static io.coterie.chaincode.abi.AbiValues.encode;
import static io.coterie.chaincode.abi.AbiValues.string;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.abi.DispatchTable;
import io.coterie.chaincode.did.DidRegistryReader;
import io.coterie.chaincode.roles.RolesReader;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.GasSchedule;
import io.coterie.chaincode.spi.MeteredState;
import io.coterie.chaincode.spi.Precompile;
import io.coterie.chaincode.spi.Word;
import java.util.List;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint64;

/**
 * The Consent precompile at {@code 0x…1005} ({@code IConsent.sol}): a member grants a merchant a
 * purpose-scoped, time-limited consent and may withdraw it at any time; {@code hasConsent} answers
 * by the block's timestamp, and every change is an event. A consent may also go to a DID the member
 * owns, and {@code hasDelegatedConsent} honours it for the DID's delegates ({@link
 * DelegatedConsentReader}).
 */
public final class ConsentPrecompile implements Precompile {
  /** The Consent precompile's address. */
  public static final ChainAddress ADDRESS = ChainAddress.of(0x1005);

  private static final RolesReader ROLES = new RolesReader();
  private static final DidRegistryReader IDENTITIES = new DidRegistryReader();
  private static final DelegatedConsentReader DELEGATED =
      new DelegatedConsentReader(new ConsentReader(), IDENTITIES);

  private final DispatchTable table =
      DispatchTable.builder()
          .nonpayable(
              "grantConsent(address,bytes32,bytes32,uint64,string)",
              ConsentPrecompile::grantWithNotice)
          .nonpayable(
              "grantConsent(address,bytes32,bytes32,uint64)", ConsentPrecompile::grantWithoutNotice)
          .nonpayable("revokeConsent(address,bytes32)", ConsentPrecompile::revoke)
          .view("hasConsent(address,address,bytes32)", ConsentPrecompile::hasConsent)
          .view(
              "hasDelegatedConsent(address,address,address,bytes32)",
              ConsentPrecompile::hasDelegatedConsent)
          .view("consentOf(address,address,bytes32)", ConsentPrecompile::consentOf)
          .build();

  /** The selector → function table, for tests and tooling. */
  public DispatchTable dispatchTable() {
    return table;
  }

  @Override
  public String name() {
    return "consent";
  }

  @Override
  public boolean serves(ChainAddress address) {
    return ADDRESS.equals(address);
  }

  @Override
  public CallResult call(CallContext ctx, byte[] input) {
    return table.dispatch(ctx, input);
  }

  private static ConsentState state(CallContext ctx) {
    return new ConsentState(AccountSlots.metered(MeteredState.of(ctx, ADDRESS)));
  }

  private static CallResult grantWithNotice(CallContext ctx, CalldataReader args) {
    String notice =
        (String)
            args.decode(
                    List.of(
                        new TypeReference<Address>() {},
                        new TypeReference<Bytes32>() {},
                        new TypeReference<Bytes32>() {},
                        new TypeReference<Uint64>() {},
                        new TypeReference<Utf8String>() {}))
                .get(4)
                .getValue();
    return grant(ctx, args, notice);
  }

  private static CallResult grantWithoutNotice(CallContext ctx, CalldataReader args) {
    return grant(ctx, args, "");
  }

  private static CallResult grant(CallContext ctx, CalldataReader args, String notice) {
    ChainAddress merchant = args.address(0);
    Word purpose = args.bytes32(1);
    Word processing = args.bytes32(2);
    long validUntil = args.uint64(3);
    long now = ctx.block().timestampSeconds();
    ChainAddress member = ctx.sender();
    if (!holds(ctx, StandardRoles.MEMBER_ROLE, member)) {
      return ConsentErrors.UNAUTHORIZED_ACCOUNT.revert(
          address(member), bytes32(StandardRoles.MEMBER_ROLE));
    }
    if (!holds(ctx, StandardRoles.SHOP_ROLE, merchant)
        && !holds(ctx, StandardRoles.BRAND_ROLE, merchant)
        && !ownsIdentity(ctx, member, merchant)) {
      return ConsentErrors.NOT_A_MERCHANT.revert(address(merchant));
    }
    if (purpose.isZero()) {
      return ConsentErrors.INVALID_PURPOSE.revert();
    }
    if (validUntil != 0 && validUntil <= now) {
      return ConsentErrors.INVALID_VALIDITY.revert(new Uint64(validUntil), new Uint64(now));
    }
    ConsentRecord record =
        state(ctx).grant(member, merchant, purpose, processing, now, validUntil, notice);
    MeteredState.of(ctx)
        .emit(
            ConsentEvents.CONSENT_GRANTED.topics(Word.of(member), Word.of(merchant), purpose),
            ConsentEvents.CONSENT_GRANTED.data(
                bytes32(processing),
                new Uint64(now),
                new Uint64(validUntil),
                string(notice),
                uint256(record.version())));
    return CallResult.success();
  }

  // Withdrawal needs no role: a member whose role was revoked must still be able to withdraw.
  private static CallResult revoke(CallContext ctx, CalldataReader args) {
    ChainAddress merchant = args.address(0);
    Word purpose = args.bytes32(1);
    ChainAddress member = ctx.sender();
    long now = ctx.block().timestampSeconds();
    ConsentState state = state(ctx);
    ConsentRecord record = state.load(member, merchant, purpose);
    if (!record.isActiveAt(now)) {
      return ConsentErrors.NO_ACTIVE_CONSENT.revert(
          address(member), address(merchant), bytes32(purpose));
    }
    state.withdraw(record, now);
    MeteredState.of(ctx)
        .emit(
            ConsentEvents.CONSENT_REVOKED.topics(Word.of(member), Word.of(merchant), purpose),
            ConsentEvents.CONSENT_REVOKED.data(new Uint64(now), uint256(record.version())));
    return CallResult.success();
  }

  private static CallResult hasConsent(CallContext ctx, CalldataReader args) {
    boolean active =
        state(ctx)
            .isActive(
                args.address(0), args.address(1), args.bytes32(2), ctx.block().timestampSeconds());
    return CallResult.success(encode(bool(active)));
  }

  private static CallResult hasDelegatedConsent(CallContext ctx, CalldataReader args) {
    ctx.gas().charge(DelegatedConsentReader.STORAGE_READS * GasSchedule.STORAGE_READ);
    boolean active =
        DELEGATED.hasConsent(
            ctx.storage(),
            args.address(0),
            args.address(1),
            args.address(2),
            args.bytes32(3),
            ctx.block().timestampSeconds());
    return CallResult.success(encode(bool(active)));
  }

  private static CallResult consentOf(CallContext ctx, CalldataReader args) {
    ConsentRecord r = state(ctx).load(args.address(0), args.address(1), args.bytes32(2));
    return CallResult.success(
        encode(
            bytes32(r.processing()),
            new Uint64(r.validFrom()),
            new Uint64(r.validUntil()),
            new Uint64(r.withdrawnAt()),
            string(r.noticeUri()),
            uint256(r.version()),
            bool(r.isActiveAt(ctx.block().timestampSeconds()))));
  }

  // A member may grant a consent to a DID they own, whose delegates then use it.
  private static boolean ownsIdentity(CallContext ctx, ChainAddress member, ChainAddress identity) {
    ctx.gas().charge(GasSchedule.STORAGE_READ);
    return IDENTITIES.identityOwner(ctx.storage(), identity).equals(member);
  }

  private static boolean holds(CallContext ctx, Word role, ChainAddress account) {
    ctx.gas().charge(GasSchedule.STORAGE_READ);
    return ROLES.hasRole(ctx.storage(), role, account);
  }
}
