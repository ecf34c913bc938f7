package io.coterie.chaincode.membership;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.encode;
import static io.coterie.chaincode.abi.AbiValues.string;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.abi.DelegatedVotes;
import io.coterie.chaincode.abi.DelegationSignatures;
import io.coterie.chaincode.abi.Eip712;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import org.web3j.abi.datatypes.generated.Uint48;

/**
 * ERC-6372 clock and ERC-5805 votes and delegation (by sender or by signature) on a collection (one
 * card, one vote).
 */
final class VotesHandlers {
  private VotesHandlers() {}

  /** The EIP-712 domain version of every collection (name: the collection's name). */
  static final String EIP712_VERSION = "1";

  static CallResult clock(Collection c, CalldataReader args) {
    return CallResult.success(encode(new Uint48(c.ctx().block().number())));
  }

  static CallResult clockMode(Collection c, CalldataReader args) {
    return CallResult.success(encode(string(DelegatedVotes.CLOCK_MODE)));
  }

  static CallResult getVotes(Collection c, CalldataReader args) {
    return CallResult.success(encode(uint256(c.state().votes().getVotes(args.address(0)))));
  }

  static CallResult getPastVotes(Collection c, CalldataReader args) {
    ChainAddress account = args.address(0);
    BigInteger timepoint = args.uint256(1);
    if (isFuture(c, timepoint)) {
      return futureLookup(c, timepoint);
    }
    return CallResult.success(
        encode(uint256(c.state().votes().getPastVotes(account, timepoint.longValueExact()))));
  }

  static CallResult getPastTotalSupply(Collection c, CalldataReader args) {
    BigInteger timepoint = args.uint256(0);
    if (isFuture(c, timepoint)) {
      return futureLookup(c, timepoint);
    }
    return CallResult.success(
        encode(uint256(c.state().votes().getPastTotalSupply(timepoint.longValueExact()))));
  }

  static CallResult delegates(Collection c, CalldataReader args) {
    return CallResult.success(encode(address(c.state().votes().delegates(args.address(0)))));
  }

  static CallResult delegate(Collection c, CalldataReader args) {
    ChainAddress delegatee = args.address(0);
    ChainAddress account = c.sender();
    c.state().votes().delegate(account, delegatee, c.state().balanceOf(account));
    return CallResult.success();
  }

  /**
   * OZ {@code Votes.delegateBySig}: an EIP-712 {@code Delegation(delegatee, nonce, expiry)} signed
   * by the card holder, domain (collection name, "1", chain id, collection address); anyone may
   * send it (a sponsor pays nothing, gas is free, but the holder needs no role to delegate).
   */
  static CallResult delegateBySig(Collection c, CalldataReader args) {
    DelegationSignatures.Verified verified =
        DelegationSignatures.verify(
            domainSeparator(c),
            DelegationSignatures.Request.decode(args),
            c.ctx().block().timestampSeconds(),
            c.ctx().gas(),
            c.state().nonces()::use);
    if (verified.refusal().isPresent()) {
      return verified.refusal().get();
    }
    ChainAddress signer = verified.signer().orElseThrow();
    c.state().votes().delegate(signer, args.address(0), c.state().balanceOf(signer));
    return CallResult.success();
  }

  static CallResult nonces(Collection c, CalldataReader args) {
    return CallResult.success(encode(uint256(c.state().nonces().current(args.address(0)))));
  }

  static CallResult eip712Domain(Collection c, CalldataReader args) {
    return CallResult.success(
        Eip712.erc5267Domain(
            c.state().name(), EIP712_VERSION, c.ctx().block().chainId(), c.ctx().self()));
  }

  private static Word domainSeparator(Collection c) {
    return Eip712.domainSeparator(
        c.state().name(), EIP712_VERSION, c.ctx().block().chainId(), c.ctx().self());
  }

  private static boolean isFuture(Collection c, BigInteger timepoint) {
    return timepoint.compareTo(BigInteger.valueOf(c.ctx().block().number())) >= 0;
  }

  private static CallResult futureLookup(Collection c, BigInteger timepoint) {
    return MembershipErrors.ERC5805_FUTURE_LOOKUP.revert(
        uint256(timepoint), new Uint48(c.ctx().block().number()));
  }
}
