package io.coterie.chaincode.members;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.bytes32;
import static io.coterie.chaincode.abi.AbiValues.encode;
import static io.coterie.chaincode.abi.AbiValues.string;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.MeteredState;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint256;

/**
 * {@code execute(account, target, data, nonce, deadline, assertion)}: a sponsor carries a member's
 * passkey-signed request. Checked in order: sponsor, account, deadline, nonce, key, the WebAuthn
 * rules ({@link WebAuthnCheck}), then the sponsor's and the member's rate limits. The nonce is used
 * and the target called as the account; its revert is returned unchanged (undoing the nonce).
 */
final class MemberExecution {
  private static final List<TypeReference<?>> TYPES =
      List.of(
          new TypeReference<Address>() {},
          new TypeReference<Address>() {},
          new TypeReference<DynamicBytes>() {},
          new TypeReference<Uint256>() {},
          new TypeReference<Uint256>() {},
          new TypeReference<DynamicBytes>() {});

  private MemberExecution() {}

  static CallResult execute(CallContext ctx, CalldataReader args) {
    List<Type> values = args.decode(TYPES);
    ChainAddress account = args.address(0);
    ChainAddress target = args.address(1);
    byte[] data = ((DynamicBytes) values.get(2)).getValue();
    BigInteger nonce = args.uint256(3);
    BigInteger deadline = args.uint256(4);
    byte[] assertionBytes = ((DynamicBytes) values.get(5)).getValue();
    ChainAddress sponsor = ctx.sender();
    if (!MemberAccountsPrecompile.isSponsor(ctx, sponsor)) {
      return MemberAccountsErrors.NOT_SPONSOR.revert(address(sponsor));
    }
    MeteredState state = MeteredState.of(ctx, MemberAccountsLayout.ADDRESS);
    MemberKeys keys = new MemberKeys(AccountSlots.metered(state));
    if (!keys.exists(account)) {
      return MemberAccountsErrors.UNKNOWN_ACCOUNT.revert(address(account));
    }
    long now = ctx.block().timestampSeconds();
    if (BigInteger.valueOf(now).compareTo(deadline) > 0) {
      return MemberAccountsErrors.REQUEST_EXPIRED.revert(uint256(deadline), uint256(now));
    }
    BigInteger expected = keys.nonce(account);
    if (!expected.equals(nonce)) {
      return MemberAccountsErrors.WRONG_NONCE.revert(
          address(account), uint256(expected), uint256(nonce));
    }
    Optional<WebAuthnAssertion> assertion = WebAuthnAssertion.decode(assertionBytes);
    if (assertion.isEmpty()) {
      return MemberAccountsErrors.MALFORMED_ASSERTION.revert(
          string(
              "assertion is not abi.encode(bytes32 keyId, bytes authenticatorData,"
                  + " string clientDataJSON, uint256 r, uint256 s)"));
    }
    Word keyId = assertion.get().keyId();
    Optional<MemberKeys.PublicKey> key = keys.key(account, keyId);
    if (key.isEmpty()) {
      return MemberAccountsErrors.UNKNOWN_KEY.revert(address(account), bytes32(keyId));
    }
    Word hash = MemberRequest.hash(ctx.block().chainId(), account, target, data, nonce, deadline);
    Optional<CallResult> refused =
        WebAuthnCheck.refusal(ctx, account, key.get().x(), key.get().y(), hash, assertion.get());
    if (refused.isPresent()) {
      return refused.get();
    }
    refused = SponsorLimits.consume(state, now, sponsor, Optional.of(account));
    if (refused.isPresent()) {
      return refused.get();
    }
    keys.useNonce(account, nonce);
    CallResult result = ctx.invokeAs(account, target, data);
    if (!result.isSuccess()) {
      return result;
    }
    state.emit(
        MemberAccountsEvents.EXECUTED.topics(Word.of(account), Word.of(target), Word.of(sponsor)),
        MemberAccountsEvents.EXECUTED.data(uint256(nonce)));
    return CallResult.success(encode(new DynamicBytes(result.data())));
  }
}
